import HuizongModel

/// A: 资产总额 价值 = 房屋 + 车辆 + 单价20万元以上设备 + 其他固定资产.
struct AssetTotalSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "a_total_sum", table: .assets,
        summary: "固定资产占用情况表资产总额价值等于房屋、车辆、单价20万元以上设备、其他固定资产价值之和",
        summaryEnglish: "The asset table's total value equals buildings + vehicles + equipment over 200,000 yuan + other fixed assets",
        rationale: "资产总额按资产类别分列，各类别（不含“其中：办公用房”）价值相加即为总额。",
        rationaleEnglish: "The total is split by asset class; the classes (not the “of which: offices” row) add up to it.",
        examples: [
            .passes("种子预算：83.46 = 其他固定资产 83.46"),
            .fails("资产总额 改为 83.47", RuleExample.adjust(.assets, "1", TableSchema.assetValue, by: 1)),
            .fails("车辆 价值 填 10.00", RuleExample.set(.assets, "4", TableSchema.assetValue, to: Amount("10.00"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.assets), let table = check.subject.assets else { return }
        let labels = check.subject.assetLabels
        guard let total = AssetRows.totalIndex(labels: labels) else { return }
        let parts = AssetRows.classIndices(labels: labels)
        var sum = Amount.zero
        for part in parts { sum += AssetRows.value(table, part).orZero }
        check.equal(AssetRows.value(table, total), sum, termCount: parts.count,
                    cell: { AssetRows.cell(table, total) }, expectedLabel: { "各类固定资产价值之和" },
                    terms: { [RelationTerm(AssetRows.cell(table, total), 1)] + parts.map { RelationTerm(AssetRows.cell(table, $0), -1) } })
    }
}
