import HuizongModel

/// P: each 小计 row equals the sum of the items allRows after it, in every amount column.
struct ProcurementSubtotalEqualsItemsRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_subtotal_equals_items", table: .procurement,
        summary: "政府采购预算各单位小计等于其下各采购品目之和，各金额栏均成立",
        summaryEnglish: "Each P subtotal equals the sum of the items listed under it, column by column",
        rationale: "每个单位的小计行列在该单位各采购品目之前，由这些品目逐栏相加得出。",
        rationaleEnglish: "A unit's subtotal row precedes its items and adds them up in every amount column.",
        examples: [
            .passes("种子预算：小计 40.60 = 3.40 + 4.20 + 30.00 + 1.70 + 1.30"),
            .fails("复印纸 一般公共预算拨款 改为 3.41", RuleExample.adjust(.procurement, "3", "一般公共预算拨款", by: 1)),
            .fails("鼓粉盒 预留中小微企业份额 改为 1.29", RuleExample.adjust(.procurement, "7", "预留中小微企业份额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let allRows = table.rows
        let columns = ProcurementRows.summedColumns.count, sme = ProcurementRows.smeIndex
        let groups = check.subject.procurementGroups
        // Column sums item by item, in 分 (an overflow traps as `Amount`'s `+` does), in a
        // buffer on the stack: each item's amounts are read in one sweep (each column still
        // adds its items in printed order).
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: columns) { sums in
            for group in groups {
                guard let subtotal = group.subtotal else { continue }
                let items = group.items
                sums.initialize(repeating: 0)
                for item in items {
                    // ``ProcurementRows/value(_:_:_:)``: nil past the printed amounts.
                    allRows[item].amounts.withUnsafeBufferPointer { amounts in
                        for column in 0..<min(amounts.count, sme) { if let value = amounts[column] { sums[column] += value.fen } }
                    }
                    if let share = allRows[item].smeShare { sums[sme] += share.fen }
                }
                for column in 0..<columns {
                    let sum = sums[column]
                    let actual = ProcurementRows.value(allRows, subtotal, column)
                    // (`equal`'s own first test, before the closures' contexts are laid out.)
                    if actual.orZero.fen - sum == 0 { check.evaluated += 1; continue }
                    check.equal(actual, Amount(fen: sum), termCount: items.count,
                                cell: { ProcurementRows.cell(table, subtotal, column) }, expectedLabel: { "其下各采购品目之和" },
                                terms: { [RelationTerm(ProcurementRows.cell(table, subtotal, column), 1)]
                                    + items.map { RelationTerm(ProcurementRows.cell(table, $0, column), -1) } })
                }
            }
        }
    }
}
