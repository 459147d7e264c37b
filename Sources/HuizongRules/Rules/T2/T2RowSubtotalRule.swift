import HuizongModel

/// T2: per row 本年收入小计 = Σ 财政拨款收入 … 其他收入 (columns 5–11).
struct T2RowSubtotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_row_subtotal", table: .t2,
        summary: "收入总表每行本年收入小计等于财政拨款收入至其他收入各栏之和",
        summaryEnglish: "Each T2 row: this year's subtotal = Σ income columns 5–11",
        rationale: "本年收入小计按资金来源（财政拨款、财政专户、事业、经营、上级补助、附属单位上缴、其他）相加得出。",
        rationaleEnglish: "This year's income is the sum of its sources, row by row.",
        examples: [
            .passes("种子预算：2080109 行 503.15 = 财政拨款收入 503.15"),
            .fails("2080109 事业收入 填 0.01", RuleExample.adjust(.t2, "2080109", "事业收入", by: 1)),
            .fails("223 小计 改为 757.99", RuleExample.adjust(.t2, "223", "小计", by: -1)),
        ])

    static let parts: [Int] = Array(TableSchema.T2.fiscal.rawValue...TableSchema.T2.other.rawValue)

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t2, total: TableSchema.T2.subtotal.rawValue, parts: Self.parts,
                                label: "财政拨款收入至其他收入各栏之和", &check)
    }
}
