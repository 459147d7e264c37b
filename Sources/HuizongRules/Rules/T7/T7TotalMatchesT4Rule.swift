import HuizongModel

/// T7 ↔ T4: T7 合计 = T4 本年支出合计 in the 政府性基金预算财政拨款 column (both empty is fine).
struct T7TotalMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_total_matches_t4", table: .t7,
        summary: "政府性基金预算财政拨款支出表合计等于财政拨款收支总表本年支出合计的政府性基金预算财政拨款栏",
        summaryEnglish: "T7's total equals T4's year expenditure total in the government-fund column",
        rationale: "T7 是 T4 政府性基金预算财政拨款栏按功能分类的展开，两表总额是同一数字；两者都为空时无需核对。",
        rationaleEnglish: "T7 breaks down T4's government-fund column by function; the totals are the same figure (both empty is fine).",
        examples: [
            .passes("种子预算：两者均为空"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("T7 为空表而 T4 本年支出合计 政府性基金预算财政拨款 填 1.00", RuleExample.set(.t4, "32", "支出/政府性基金预算财政拨款", to: Amount("1.00"))),
            .fails("T7 合计行 合计 −0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "1", "合计", by: -1))),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.totalMatchesT4(.t7, &check) }
}
