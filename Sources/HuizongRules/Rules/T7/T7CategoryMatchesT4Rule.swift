import HuizongModel

/// T7 ↔ T4: each 类 row = the T4 expenditure line of that category, 政府性基金 column.
struct T7CategoryMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_category_matches_t4", table: .t7,
        summary: "政府性基金预算财政拨款支出表各类合计等于财政拨款收支总表同名支出功能分类的政府性基金预算财政拨款栏",
        summaryEnglish: "Each T7 category total equals T4's government-fund column on the line of the same category",
        rationale: "T4 支出栏按功能分类类级、分资金性质列示，其政府性基金栏与 T7 类级合计是同一数字。",
        rationaleEnglish: "T4 lists each category by fund; its government-fund column repeats T7's category totals.",
        examples: [
            .passes("种子预算"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("T4 二十五、其他支出 政府性基金预算财政拨款 +0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t4, "25", "支出/政府性基金预算财政拨款", by: 1))),
            .fails("T7 229 其他支出 合计 −0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "229", "合计", by: -1))),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.categoryMatchesT4(.t7, &check) }
}
