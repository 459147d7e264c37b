import HuizongModel

/// T3: per row 合计 = 基本支出 + 项目支出 + 经营支出 + 上解上级支出 + 对附属单位补助支出.
struct T3RowSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_row_sum", table: .t3,
        summary: "支出总表每行合计等于基本支出、项目支出、经营支出、上解上级支出、对附属单位补助支出之和",
        summaryEnglish: "Each T3 row: total = basic + project + operating + remittance + subsidy expenditure",
        rationale: "支出总表按支出性质分栏列示，各栏相加即为合计，逐行成立。",
        rationaleEnglish: "T3 splits spending by kind; the kinds add up to the total, row by row.",
        examples: [
            .passes("种子预算：2080109 行 500.15 + 3.00 = 503.15"),
            .fails("2080109 项目支出 改为 3.01", RuleExample.adjust(.t3, "2080109", "项目支出", by: 1)),
            .fails("合计行 合计 改为 2488.08", RuleExample.adjust(.t3, "1", "合计", by: -1)),
        ])

    static let parts: [Int] = Array(TableSchema.T3.basic.rawValue...TableSchema.T3.subsidy.rawValue)

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t3, total: TableSchema.T3.total.rawValue, parts: Self.parts,
                                label: "基本支出、项目支出、经营支出、上解上级支出、对附属单位补助支出之和", &check)
    }
}
