import HuizongModel

/// N: The narrative's basic expenditure equals T3's 基本支出 total
struct NarrativeBasicMatchesT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_basic_matches_t3", table: .narrative,
        summary: "情况说明所述基本支出等于支出总表基本支出合计",
        summaryEnglish: "The narrative's basic expenditure equals T3's 基本支出 total",
        rationale: "情况说明按基本支出和项目支出说明支出构成，基本支出即支出总表合计行基本支出栏。",
        rationaleEnglish: "The narrative splits spending into basic and project expenditure; basic is T3's total row, 基本支出 column.",
        examples: [
            .passes("种子预算：基本支出 916.65 = T3 基本支出 916.65"),
            .fails("基本支出 改为 916.66", RuleExample.adjust(.narrative, "9", "基本支出", by: 1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.basicExpenditure], &check) }
}
