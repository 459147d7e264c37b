import HuizongModel

/// T5: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column.
struct T5HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_hierarchy", table: .t5,
        summary: "一般公共预算财政拨款支出表按功能分类逐级汇总：合计等于各类之和，类等于所属各款之和，款等于所属各项之和",
        summaryEnglish: "T5 rolls up by function class: total = Σ categories, category = Σ sections, section = Σ items",
        rationale: "功能分类科目是层级结构，上级科目金额由下级科目汇总而来，合计、基本支出、项目支出各栏均应成立。",
        rationaleEnglish: "Function codes form a hierarchy; each parent is the sum of its children in every column.",
        examples: [
            .passes("种子预算：20801 = 2080109 + 2080199 = 503.15 + 133.00"),
            .fails("2080109 社会保险经办机构 合计与基本支出各 +0.01", { budget in
                RuleExample.adjust(.t5, "2080109", "合计", by: 1)(&budget)
                RuleExample.adjust(.t5, "2080109", "基本支出", by: 1)(&budget)
            }),
            .fails("合计行 项目支出 −0.01", RuleExample.adjust(.t5, "1", "项目支出", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t5, &check) }
}
