import HuizongModel

/// T6: per row 合计 = 人员经费 + 公用经费.
struct T6RowSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t6_row_sum", table: .t6,
        summary: "基本支出表每行合计等于人员经费加公用经费",
        summaryEnglish: "In T6 each row's total equals personnel plus public-funds spending",
        rationale: "一般公共预算基本支出分为人员经费和公用经费两部分，合计是两者之和。",
        rationaleEnglish: "Basic spending consists of personnel and public (running) costs; the total is their sum.",
        examples: [
            .passes("种子预算：合计 916.65 = 896.10 + 20.55"),
            .fails("30101 基本工资 人员经费 +0.01", RuleExample.adjust(.t6, "30101", "人员经费", by: 1)),
            .fails("30217 公务接待费 合计 −0.01", RuleExample.adjust(.t6, "30217", "合计", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t6, total: TableSchema.T6.total.rawValue,
                                parts: [TableSchema.T6.personnel.rawValue, TableSchema.T6.publicFunds.rawValue],
                                label: "人员经费 + 公用经费", &check)
    }
}
