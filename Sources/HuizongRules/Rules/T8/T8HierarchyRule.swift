import HuizongModel

/// T8: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column.
struct T8HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_hierarchy", table: .t8,
        summary: "国有资本经营预算财政拨款支出表按功能分类逐级汇总：合计等于各类之和，类等于所属各款之和，款等于所属各项之和",
        summaryEnglish: "T8 rolls up by function class: total = Σ categories, category = Σ sections, section = Σ items",
        rationale: "功能分类科目是层级结构，上级科目金额由下级科目汇总而来，合计、基本支出、项目支出各栏均应成立。",
        rationaleEnglish: "Function codes form a hierarchy; each parent is the sum of its children in every column.",
        examples: [
            .passes("种子预算"),
            .fails("2230105 合计与项目支出各 +0.01", { budget in RuleExample.adjust(.t8, "2230105", "合计", by: 1)(&budget); RuleExample.adjust(.t8, "2230105", "项目支出", by: 1)(&budget) }),
            .fails("22301 项目支出 −0.01", { budget in RuleExample.adjust(.t8, "22301", "项目支出", by: -1)(&budget) }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t8, &check) }
}
