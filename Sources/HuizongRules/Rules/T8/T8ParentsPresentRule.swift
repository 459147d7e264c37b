import HuizongModel

/// T8: every 项 has its 款 and every 款 its 类 printed.
struct T8ParentsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_parents_present", table: .t8,
        summary: "国有资本经营预算财政拨款支出表每个款、项科目的上级科目均已列示",
        summaryEnglish: "Every T8 section and item has its parent code printed",
        rationale: "汇总表按类、款、项逐级列示，缺少上级科目时无法逐级核对。",
        rationaleEnglish: "The table lists category, section and item level by level; a missing parent breaks the roll-up.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("删除 22301 款", { budget in budget.t8?.rows.removeAll { $0.code?.digits == "22301" } }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.parentsPresent(.t8, &check) }
}
