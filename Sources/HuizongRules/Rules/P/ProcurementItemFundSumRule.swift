import HuizongModel

/// P: per row, 采购金额 合计 = the six fund columns (一般公共预算拨款 … 上年结转结余).
struct ProcurementItemFundSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_item_fund_sum", table: .procurement,
        summary: "政府采购预算每行采购金额合计等于各资金来源栏之和",
        summaryEnglish: "On every P row the procurement total equals the sum of its six funding columns",
        rationale: "采购金额按资金来源分列为一般公共预算拨款、基金预算拨款、国有资本经营预算拨款、财政专户核拨、单位资金、上年结转结余，合计为其之和。",
        rationaleEnglish: "The procurement amount is split by funding source; the total column is their sum (items, subtotals and the total row alike).",
        examples: [
            .passes("种子预算：企业养老保险社会化管理服务费 合计 30.00 = 一般公共预算拨款 30.00"),
            .fails("鼓粉盒 合计 改为 4.21", RuleExample.adjust(.procurement, "4", "合计", by: 1)),
            .fails("合计行 单位资金 填 0.01", RuleExample.adjust(.procurement, "1", "单位资金", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let total = ProcurementRows.total, funds = ProcurementRows.funds
        let rows = table.rows
        precondition(total != ProcurementRows.smeIndex && !funds.contains(ProcurementRows.smeIndex), "合计 and the funds are amount columns")
        for index in rows.indices {
            // The row's amounts read in one sweep (``ProcurementRows/value(_:_:_:)`` of
            // amount columns: nil past the printed ones); the sum kept in 分 (an overflow
            // traps as `Amount`'s `+` does), made an `Amount` only for a row that does not hold.
            let (actual, sum) = rows[index].amounts.withUnsafeBufferPointer { amounts -> (Amount?, Int64) in
                var sum: Int64 = 0
                for column in funds where column < amounts.count { if let value = amounts[column] { sum += value.fen } }
                return (total < amounts.count ? amounts[total] : nil, sum)
            }
            // (`equal`'s own first test, before the closures' contexts are laid out: see
            // ``ClassifiedChecks/rowSum(_:total:parts:label:_:)``.)
            if actual.orZero.fen - sum == 0 { check.evaluated += 1; continue }
            check.equal(actual, Amount(fen: sum), termCount: funds.count,
                        cell: { ProcurementRows.cell(table, index, total) }, expectedLabel: { "同行各资金来源之和" },
                        terms: { [RelationTerm(ProcurementRows.cell(table, index, total), 1)]
                            + funds.map { RelationTerm(ProcurementRows.cell(table, index, $0), -1) } })
        }
    }
}
