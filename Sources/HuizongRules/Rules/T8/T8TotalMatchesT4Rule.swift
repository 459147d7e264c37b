import HuizongModel

/// T8 ↔ T4: T8 合计 = T4 本年支出合计 in the 国有资本经营预算财政拨款 column (both empty is fine).
struct T8TotalMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_total_matches_t4", table: .t8,
        summary: "国有资本经营预算财政拨款支出表合计等于财政拨款收支总表本年支出合计的国有资本经营预算财政拨款栏",
        summaryEnglish: "T8's total equals T4's year expenditure total in the state-capital column",
        rationale: "T8 是 T4 国有资本经营预算财政拨款栏按功能分类的展开，两表总额是同一数字；两者都为空时无需核对。",
        rationaleEnglish: "T8 breaks down T4's state-capital column by function; the totals are the same figure (both empty is fine).",
        examples: [
            .passes("种子预算：1435.44 = T4 1435.44"),
            .fails("T4 本年支出合计 国有资本经营预算财政拨款 +0.01", RuleExample.adjust(.t4, "32", "支出/国有资本经营预算财政拨款", by: 1)),
            .fails("T8 合计行 合计 −0.01", { budget in RuleExample.adjust(.t8, "1", "合计", by: -1)(&budget) }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.totalMatchesT4(.t8, &check) }
}
