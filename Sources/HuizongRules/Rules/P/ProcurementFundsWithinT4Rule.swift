import HuizongModel

/// P ↔ T4/T1: each funding column of the procurement total stays within the budget of
/// that source (一般公共预算/基金/国有资本经营: T4 支出总计; 财政专户/单位资金: T1 items
/// 四/五; 上年结转结余: T1 上年结转结余).
struct ProcurementFundsWithinT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "p_funds_within_t4", table: .procurement, severity: .warning,
        summary: "政府采购预算各资金来源合计不超过该资金来源的预算总额",
        summaryEnglish: "Each P funding column's total stays within the budget of that funding source (T4 / T1)",
        rationale: "政府采购支出从各资金来源的预算中安排：一般公共预算、政府性基金、国有资本经营拨款不超过财政拨款收支总表支出总计对应栏，财政专户、单位资金、上年结转结余不超过收支总表对应收入。",
        rationaleEnglish: "Purchases are paid from the budget of each funding source, so each P funding column is at most that source's total in T4 (fiscal funds) or T1 (special account, unit funds, carry-over).",
        examples: [
            .passes("种子预算：一般公共预算拨款 40.60 ≤ 1052.65"),
            .fails("P 合计行 单位资金 填 0.01（T1 单位资金为空）", RuleExample.adjust(.procurement, "1", "单位资金", by: 1)),
            .fails("T4 支出总计 一般公共预算财政拨款 改为 40.59",
                   RuleExample.set(.t4, "37", "支出/一般公共预算财政拨款", to: Amount("40.59"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement, .t1, .t4), let table = check.subject.procurement,
              let t4 = check.subject.t4Index else { return }
        let allRows = table.rows
        let totalIndex = table.rows.firstIndex { $0.kind == .total }
        let parts = totalIndex.map { [$0] } ?? table.rows.indices.filter { table.rows[$0].kind == .item }
        guard let first = parts.first else { return }
        // P column `column` ≤ `limit`, whose cell `limitCell` gives (built only for a finding).
        func within(_ column: Int, _ limit: Amount?, _ limitCell: () -> CellRef) {
            // The sum in 分 (an overflow traps as `Amount`'s `+` does), made an `Amount`
            // only when it exceeds the limit (`atMost`'s own first test).
            var sum: Int64 = 0
            for part in parts { sum += ProcurementRows.value(allRows, part, column).orZero.fen }
            if sum - limit.orZero.fen <= 0 { check.evaluated += 1; return }
            check.atMost(Amount(fen: sum), limit.orZero, termCount: 1,
                         cell: { ProcurementRows.cell(table, first, column) },
                         limitLabel: { limitCell().display },
                         terms: { parts.map { RelationTerm(ProcurementRows.cell(table, $0, column), 1) } + [RelationTerm(limitCell(), -1)] })
        }
        // The fiscal funds against T4's 支出总计, the others against T1's income items.
        if let spend = t4.expenditure(.grandTotal) {
            let lines = check.subject.t4Lines
            for fund in 1...3 where fund < lines[spend].expenditure.count {
                within(fund, lines[spend].expenditure[fund]) { .expenditure(.t4, lines[spend], fund) }
            }
        }
        let source = check.subject
        for (column, subject) in [(4, ClaimSubject.specialAccountIncome), (5, .unitFundsIncome), (6, .carriedForward)] {
            if let value = source.figureValue(subject) { within(column, value) { source.figure(subject)!.cell } }
        }
    }
}
