import HuizongModel

/// A: no 数量 or 价值 of the asset table is negative.
struct AssetValuesNotNegativeRule: BudgetRule {
    static let description = RuleDescription(
        id: "a_values_not_negative", table: .assets,
        summary: "固定资产占用情况表的数量和价值均不为负",
        summaryEnglish: "No quantity or value in the asset table is negative",
        rationale: "固定资产的数量和账面价值不可能小于零。",
        rationaleEnglish: "Fixed assets cannot have a negative count, area or book value.",
        examples: [
            .passes("种子预算"),
            .fails("车辆 价值 改为 −1.00", RuleExample.set(.assets, "4", TableSchema.assetValue, to: Amount("-1.00"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.assets), let table = check.subject.assets else { return }
        for index in table.rows.indices {
            check.passed()
            if let value = AssetRows.value(table, index), value < .zero {
                let label = check.subject.assetLabels[index]
                check.fail(AssetRows.cell(table, index),
                           message: "\(TableID.assets.label) \(label) 价值为负数 \(value.text())：固定资产价值不能为负", actual: value)
            }
            if let quantity = AssetRows.quantity(table, index), quantity.tenThousandths < 0 {
                let label = check.subject.assetLabels[index]
                check.fail(AssetRows.cell(table, index), message: "\(TableID.assets.label) \(label) 数量为负数 \(quantity)：固定资产数量不能为负")
            }
        }
    }
}
