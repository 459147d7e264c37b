import HuizongModel

/// T7: every 项 has its 款 and every 款 its 类 printed.
struct T7ParentsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_parents_present", table: .t7,
        summary: "政府性基金预算财政拨款支出表每个款、项科目的上级科目均已列示",
        summaryEnglish: "Every T7 section and item has its parent code printed",
        rationale: "汇总表按类、款、项逐级列示，缺少上级科目时无法逐级核对。",
        rationaleEnglish: "The table lists category, section and item level by level; a missing parent breaks the roll-up.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("删除 22960 款（先填入政府性基金 12.00）", T7SampleFund.filled { budget in budget.t7?.rows.removeAll { $0.code?.digits == "22960" } }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.parentsPresent(.t7, &check) }
}
