import HuizongModel

/// T5: every 项 has its 款 and every 款 its 类 printed.
struct T5ParentsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_parents_present", table: .t5,
        summary: "一般公共预算财政拨款支出表每个款、项科目的上级科目均已列示",
        summaryEnglish: "Every T5 section and item has its parent code printed",
        rationale: "汇总表按类、款、项逐级列示，缺少上级科目时无法逐级核对。",
        rationaleEnglish: "The table lists category, section and item level by level; a missing parent breaks the roll-up.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("删除 20805 行政事业单位养老支出", { budget in budget.t5?.rows.removeAll { $0.code?.digits == "20805" } }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.parentsPresent(.t5, &check) }
}
