import HuizongModel

/// N: The narrative's project expenditure equals T3's 项目支出 total
struct NarrativeProjectExpenditureMatchesT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_project_expenditure_matches_t3", table: .narrative,
        summary: "情况说明所述项目支出等于支出总表项目支出合计",
        summaryEnglish: "The narrative's project expenditure equals T3's 项目支出 total",
        rationale: "项目支出即支出总表合计行项目支出栏。",
        rationaleEnglish: "Project expenditure is T3's total row, 项目支出 column.",
        examples: [
            .passes("种子预算：项目支出 1571.44 = T3 项目支出 1571.44"),
            .fails("项目支出 改为 1571.43", RuleExample.adjust(.narrative, "12", "项目支出", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.projectExpenditure], &check) }
}
