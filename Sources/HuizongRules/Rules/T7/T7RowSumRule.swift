import HuizongModel

/// T7: per row 合计 = 基本支出 + 项目支出.
struct T7RowSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_row_sum", table: .t7,
        summary: "政府性基金预算财政拨款支出表每行合计等于基本支出加项目支出",
        summaryEnglish: "In T7 each row's total equals basic plus project expenditure",
        rationale: "政府性基金预算财政拨款支出按基本支出和项目支出两部分列示，合计是两者之和。",
        rationaleEnglish: "Government-fund appropriation spending is split into basic and project spending; the total is their sum.",
        examples: [
            .passes("种子预算"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("2296002 项目支出 +0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "2296002", "项目支出", by: 1))),
            .fails("合计行 合计 −0.01（先填入政府性基金 12.00）", T7SampleFund.filled(RuleExample.adjust(.t7, "1", "合计", by: -1))),
        ])

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t7, total: TableSchema.BasicProject.total.rawValue,
                                parts: [TableSchema.BasicProject.basic.rawValue, TableSchema.BasicProject.project.rawValue],
                                label: "基本支出 + 项目支出", &check)
    }
}
