import HuizongModel

/// N: The narrative's personnel and public-funds figures equal T6's 人员经费 and 公用经费 totals
struct NarrativePersonnelAndPublicMatchT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_personnel_and_public_match_t6", table: .narrative,
        summary: "情况说明所述人员经费、日常公用经费分别等于基本支出表人员经费、公用经费合计",
        summaryEnglish: "The narrative's personnel and public-funds figures equal T6's 人员经费 and 公用经费 totals",
        rationale: "基本支出分为人员经费和日常公用经费，即一般公共预算财政拨款基本支出表合计行的两栏。",
        rationaleEnglish: "Basic expenditure splits into personnel and public (office) funds: T6's two columns on its total row.",
        examples: [
            .passes("种子预算：人员经费 896.10、日常公用经费 20.55"),
            .fails("人员经费 改为 896.11", RuleExample.adjust(.narrative, "10", "人员经费", by: 1)),
            .fails("日常公用经费 改为 20.56", RuleExample.adjust(.narrative, "11", "日常公用经费", by: 1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.personnelExpenditure, .publicExpenditure], &check) }
}
