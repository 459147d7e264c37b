import HuizongModel

/// T7 ≤ T3: each row, column by column (合计, 基本支出, 项目支出), at most the T3 row of the same code.
struct T7WithinT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_within_t3", table: .t7,
        summary: "政府性基金预算财政拨款支出表每行各栏不超过支出总表同一科目的对应栏",
        summaryEnglish: "Each T7 row is at most the T3 row of the same code, in total, basic and project spending",
        rationale: "政府性基金预算财政拨款支出是单位全部支出的一部分，同一科目不能超过支出总表的金额。",
        rationaleEnglish: "Government-fund appropriation spending is part of all spending, so no code can exceed T3.",
        examples: [
            .passes("种子预算"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("T7 2296002 项目支出 +0.01 超过 T3（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "2296002", "项目支出", by: 1))),
            .fails("T3 删除 2296002 行（先填入政府性基金 12.00）", T7SampleFund.filled { budget in budget.t3?.rows.removeAll { $0.code?.digits == "2296002" } }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.withinT3(.t7, &check) }
}
