import HuizongModel

/// P: 数量 × 单价 agrees with 采购金额合计 within the rounding of a two-decimal 单价:
/// |数量 × 单价 − 合计| ≤ 数量 × 0.005 万元.
struct ProcurementQuantityTimesPriceRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_quantity_times_price", table: .procurement,
        summary: "政府采购品目数量乘单价与采购金额合计相符（允许单价保留两位小数造成的误差）",
        summaryEnglish: "Quantity × unit price matches the item's amount, within the rounding of a two-decimal price",
        rationale: "单价以万元保留两位小数列示，真实单价在 ±0.005 万元之内，故数量×单价与金额之差不超过数量×0.005 万元（2000 包复印纸单价列 0.00，金额 3.40 仍成立）。",
        rationaleEnglish: "The unit price is printed in 万元 to two decimals, so it stands for ±0.005; quantity × price may differ from the amount by at most quantity × 0.005.",
        examples: [
            .passes("种子预算：210 × 0.02 = 4.20；2000 × 0.00 与 3.40 相差 3.40 ≤ 10.00"),
            .fails("鼓粉盒 单价 改为 0.03（210 × 0.03 = 6.30）", RuleExample.adjust(.procurement, "4", "单价", by: 1)),
            .fails("其他社会服务 数量 改为 5（5 × 7.50 = 37.50）", { budget in budget.procurement!.rows[4].quantity = Quantity(5) }),
        ])

    /// Half a hundredth of 万元, in 分.
    static let halfHundredth: Int64 = 5_000

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let rows = table.rows
        for index in rows.indices {
            guard rows[index].kind == .item, let quantity = rows[index].quantity, let price = rows[index].unitPrice else { continue }
            let amount = rows[index].amounts.first ?? nil
            // Worked out in 分 (overflows trap as `Amount`'s arithmetic does); `Amount`s are
            // made only for a finding.
            let productFen = quantity.fenTimes(price.fen)
            var allowedFen = quantity.fenTimes(Self.halfHundredth)
            if check.context.tolerance == .rounding { allowedFen += Self.halfHundredth }
            let difference = productFen - amount.orZero.fen
            let gapFen = difference < 0 ? -difference : difference
            guard gapFen > allowedFen else { check.passed(); continue }
            let product = Amount(fen: productFen), allowed = Amount(fen: allowedFen), gap = Amount(fen: gapFen)
            check.fail(ProcurementRows.priceCell(table, index),
                       message: "\(ProcurementRows.rowLabel(table, index))：数量 \(quantity) × 单价 \(price.text()) = \(product.text())，"
                           + "与采购金额合计 \(amount?.text() ?? "（空）") 相差 \(gap.text())，超过单价四舍五入所能解释的 \(allowed.text())",
                       expected: amount, actual: product,
                       involved: [ProcurementRows.cell(table, index, ProcurementRows.total).address])
        }
    }
}
