import HuizongModel

/// N: The narrative's total expenditure (支出预算) equals T1 支出总计
struct NarrativeTotalExpenditureMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_total_expenditure_matches_t1", table: .narrative,
        summary: "情况说明所述支出预算等于收支总表支出总计",
        summaryEnglish: "The narrative's total expenditure (支出预算) equals T1 支出总计",
        rationale: "情况说明“支出预算”是单位全部支出，即收支总表支出总计。",
        rationaleEnglish: "The narrative's 支出预算 is the unit's whole expenditure, T1's 支出总计.",
        examples: [
            .passes("种子预算：支出预算 2488.09 = 支出总计 2488.09"),
            .fails("支出预算 改为 2488.08", RuleExample.adjust(.narrative, "8", "支出预算", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.totalExpenditure], &check) }
}
