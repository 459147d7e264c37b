import HuizongModel

/// P: no amount, 单价 or 预算资金 is negative, and every item's 数量 is positive.
struct ProcurementValuesNotNegativeRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_values_not_negative", table: .procurement,
        summary: "政府采购预算金额、单价、预算资金均不为负，品目数量大于零",
        summaryEnglish: "No P amount, unit price or project budget is negative; item quantities are positive",
        rationale: "采购预算列示的是计划购买的数量和金额，负数或零数量的品目没有意义。",
        rationaleEnglish: "The table plans purchases; a negative amount or price, or a zero quantity, cannot be a purchase.",
        examples: [
            .passes("种子预算"),
            .fails("复印纸 单价 改为 −0.01", RuleExample.set(.procurement, "3", "单价", to: Amount("-0.01"))),
            .fails("鼓粉盒 数量 改为 0", { budget in budget.procurement!.rows[3].quantity = Quantity(0) }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let rows = table.rows
        // Read once (a lazily made global: read in the loop, a `swift_once` call per row).
        let sme = ProcurementRows.smeIndex
        for index in rows.indices {
            check.passed()
            // Each negative amount, in column order (rows are read in place, not copied).
            func report(_ column: String, _ value: Amount) {
                check.fail(.procurement(index + 1, rows[index], column),
                           message: "\(ProcurementRows.rowLabel(table, index)) \(column) 为负数 \(value.text())：采购预算金额不能为负",
                           actual: value)
            }
            if let value = rows[index].projectBudget, value < .zero { report("预算资金", value) }
            if let value = rows[index].unitPrice, value < .zero { report("单价", value) }
            // The summed columns (``ProcurementRows/value(_:_:_:)``: the printed amounts before
            // 中小微企业份额, then that share) looked at in one sweep first; reported one by
            // one only when one is negative.
            let anyNegative = rows[index].amounts.withUnsafeBufferPointer { amounts in
                amounts[0..<min(amounts.count, sme)].contains { $0.orZero < .zero }
            } || rows[index].smeShare.orZero < .zero
            if anyNegative {
                for column in ProcurementRows.summedColumns.indices {
                    if let value = ProcurementRows.value(rows, index, column), value < .zero {
                        report(ProcurementRows.summedColumns[column], value)
                    }
                }
            }
            if rows[index].kind == .item, let quantity = rows[index].quantity, quantity.tenThousandths <= 0 {
                check.fail(ProcurementRows.cell(table, index, ProcurementRows.total),
                           message: "\(ProcurementRows.rowLabel(table, index)) 数量为 \(quantity)：采购品目数量应大于零")
            }
        }
    }
}
