import HuizongModel

/// P: the 合计 row equals the sum of the 小计 rows (of the items when no 小计 is allRows),
/// in every amount column including 中小微企业预留份额.
struct ProcurementTotalEqualsSubtotalsRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_total_equals_subtotals", table: .procurement,
        summary: "政府采购预算合计行等于各单位小计之和（未列小计时等于各品目之和），各金额栏均成立",
        summaryEnglish: "The P total row equals the sum of the unit subtotals (of the items when there is none), column by column",
        rationale: "合计行由各单位小计逐栏相加得出，含中小微企业预留份额。",
        rationaleEnglish: "The total row adds up the unit subtotals in every amount column, the SME share included.",
        examples: [
            .passes("种子预算：合计 40.60 = 小计 40.60"),
            .fails("合计行 合计 改为 40.61", RuleExample.adjust(.procurement, "1", "合计", by: 1)),
            .fails("小计行 预留中小微企业份额 改为 40.59", RuleExample.adjust(.procurement, "2", "预留中小微企业份额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement,
              let total = table.rows.firstIndex(where: { $0.kind == .total }) else { return }
        let allRows = table.rows
        let subtotals = table.rows.indices.filter { table.rows[$0].kind == .subtotal }
        let parts = subtotals.isEmpty ? table.rows.indices.filter { table.rows[$0].kind == .item } : subtotals
        let what = subtotals.isEmpty ? "各采购品目之和" : "各单位小计之和"
        for column in ProcurementRows.summedColumns.indices {
            // The sum in 分 (an overflow traps as `Amount`'s `+` does), made an `Amount`
            // only when the relation does not hold (`equal`'s own first test).
            var sum: Int64 = 0
            for part in parts { sum += ProcurementRows.value(allRows, part, column).orZero.fen }
            let actual = ProcurementRows.value(allRows, total, column)
            if actual.orZero.fen - sum == 0 { check.evaluated += 1; continue }
            check.equal(actual, Amount(fen: sum), termCount: parts.count,
                        cell: { ProcurementRows.cell(table, total, column) }, expectedLabel: { what },
                        terms: { [RelationTerm(ProcurementRows.cell(table, total, column), 1)]
                            + parts.map { RelationTerm(ProcurementRows.cell(table, $0, column), -1) } })
        }
    }
}
