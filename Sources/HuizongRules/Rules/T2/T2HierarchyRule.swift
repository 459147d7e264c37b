import HuizongModel

/// T2: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column.
struct T2HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_hierarchy", table: .t2,
        summary: "收入总表按功能分类逐级汇总：合计等于各类之和，类等于所属各款之和，款等于所属各项之和",
        summaryEnglish: "T2 rolls up by function class: total = Σ categories, category = Σ sections, section = Σ items",
        rationale: "功能分类科目是层级结构，上级科目金额由下级科目汇总而来，各栏均应成立。",
        rationaleEnglish: "Function codes form a hierarchy; each parent is the sum of its children in every column.",
        examples: [
            .passes("种子预算"),
            .fails("2080109 社会保险经办机构 财政拨款收入 +0.01", RuleExample.adjust(.t2, "2080109", "财政拨款收入", by: 1)),
            .fails("合计行 上年结转 −0.01", RuleExample.adjust(.t2, "1", "上年结转", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t2, &check) }
}
