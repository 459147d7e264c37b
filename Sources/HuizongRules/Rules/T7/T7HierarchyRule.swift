import HuizongModel

/// T7: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column.
struct T7HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_hierarchy", table: .t7,
        summary: "政府性基金预算财政拨款支出表按功能分类逐级汇总：合计等于各类之和，类等于所属各款之和，款等于所属各项之和",
        summaryEnglish: "T7 rolls up by function class: total = Σ categories, category = Σ sections, section = Σ items",
        rationale: "功能分类科目是层级结构，上级科目金额由下级科目汇总而来，合计、基本支出、项目支出各栏均应成立。",
        rationaleEnglish: "Function codes form a hierarchy; each parent is the sum of its children in every column.",
        examples: [
            .passes("种子预算"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("2296002 合计与项目支出各 +0.01（先填入政府性基金 12.00）", T7SampleFund.filled { budget in
                RuleExample.adjust(.t7, "2296002", "合计", by: 1)(&budget)
                RuleExample.adjust(.t7, "2296002", "项目支出", by: 1)(&budget)
            }),
            .fails("22960 项目支出 −0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "22960", "项目支出", by: -1))),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t7, &check) }
}
