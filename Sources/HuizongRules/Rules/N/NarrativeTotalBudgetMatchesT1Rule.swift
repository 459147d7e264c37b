import HuizongModel

/// N: The narrative's whole budget (预算收支安排) equals T1 收入总计
struct NarrativeTotalBudgetMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_total_budget_matches_t1", table: .narrative,
        summary: "情况说明所述预算收支安排等于收支总表收入总计",
        summaryEnglish: "The narrative's whole budget (预算收支安排) equals T1 收入总计",
        rationale: "“预算收支安排”指收支总额，收支总表收入总计与支出总计相等，即此数。",
        rationaleEnglish: "预算收支安排 is the size of the budget: T1's 收入总计, which equals 支出总计.",
        examples: [
            .passes("种子预算：预算收支安排 2488.09 = 收入总计 2488.09"),
            .fails("预算收支安排 改为 2488.10", RuleExample.adjust(.narrative, "18", "预算收支安排", by: 1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.totalBudget], &check) }
}
