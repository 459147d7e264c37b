import HuizongModel

/// N: The narrative's total income (预算收入) equals T1 收入总计
struct NarrativeTotalIncomeMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_total_income_matches_t1", table: .narrative,
        summary: "情况说明所述预算收入等于收支总表收入总计",
        summaryEnglish: "The narrative's total income (预算收入) equals T1 收入总计",
        rationale: "情况说明“预算收入”是单位全部收入，即收支总表收入总计（含上年结转结余）。",
        rationaleEnglish: "The narrative's 预算收入 is the unit's whole income, T1's 收入总计 (carry-over included).",
        examples: [
            .passes("种子预算：预算收入 2488.09 = 收入总计 2488.09"),
            .fails("预算收入 改为 2488.10", RuleExample.adjust(.narrative, "1", "预算收入", by: 1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.totalIncome], &check) }
}
