import HuizongModel

/// T2: per row 合计 = 本年收入小计 + 上年结转.
struct T2RowTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_row_total", table: .t2,
        summary: "收入总表每行合计等于本年收入小计加上年结转",
        summaryEnglish: "Each T2 row: total = this year's income subtotal + carry-over",
        rationale: "收入总表的合计栏由本年收入和上年结转两部分组成，逐行成立。",
        rationaleEnglish: "T2's total column is this year's income plus last year's carry-over, row by row.",
        examples: [
            .passes("种子预算：208 行 986.74 + 5.00 = 991.74"),
            .fails("2080199 上年结转 改为 5.01", RuleExample.adjust(.t2, "2080199", "上年结转", by: 1)),
            .fails("合计行 合计 改为 2488.08", RuleExample.adjust(.t2, "1", "合计", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t2, total: TableSchema.T2.total.rawValue,
                                parts: [TableSchema.T2.subtotal.rawValue, TableSchema.T2.carryover.rawValue],
                                label: "本年收入小计与上年结转之和", &check)
    }
}
