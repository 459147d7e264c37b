import HuizongModel

/// T5 ↔ T4: T5 合计 = T4 本年支出合计 in the 一般公共预算财政拨款 column.
struct T5TotalMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_total_matches_t4", table: .t5,
        summary: "一般公共预算财政拨款支出表合计等于财政拨款收支总表本年支出合计的一般公共预算财政拨款栏",
        summaryEnglish: "T5's total equals T4's year expenditure total in the general-budget column",
        rationale: "T5 是 T4 一般公共预算财政拨款栏按功能分类的展开，两表总额是同一数字。",
        rationaleEnglish: "T5 breaks down T4's general-budget column by function; the totals are the same figure.",
        examples: [
            .passes("种子预算：1052.65 = T4 本年支出合计 一般公共预算财政拨款 1052.65"),
            .fails("T4 本年支出合计 一般公共预算财政拨款 +0.01", RuleExample.adjust(.t4, "32", "支出/一般公共预算财政拨款", by: 1)),
            .fails("T5 合计行 合计 −0.01", RuleExample.adjust(.t5, "1", "合计", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.totalMatchesT4(.t5, &check) }
}
