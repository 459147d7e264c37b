import HuizongModel

/// A: 其中：办公用房 ≤ 房屋, in 数量 (平方米) and in 价值.
struct AssetOfficeWithinBuildingsRule: BudgetRule {
    static let description = RuleDescription(
        id: "a_office_within_buildings", table: .assets,
        summary: "固定资产占用情况表办公用房的面积和价值不超过房屋",
        summaryEnglish: "Office space is at most the buildings row, in area and in value",
        rationale: "办公用房是房屋的“其中”项，是房屋的一部分。",
        rationaleEnglish: "Office space is an “of which” row of buildings, a part of them.",
        examples: [
            .passes("种子预算：房屋、办公用房均为空"),
            .passes("房屋 500 平方米 60.00，办公用房 300 平方米 40.00", { budget in
                budget.assets!.rows[1].quantities = [Quantity(500)]; budget.assets!.rows[1].amounts = [Amount("60.00")]
                budget.assets!.rows[2].quantities = [Quantity(300)]; budget.assets!.rows[2].amounts = [Amount("40.00")]
            }),
            .fails("办公用房 价值 40.00，房屋为空", RuleExample.set(.assets, "3", TableSchema.assetValue, to: Amount("40.00"))),
            .fails("办公用房 600 平方米，房屋 500 平方米", { budget in
                budget.assets!.rows[1].quantities = [Quantity(500)]
                budget.assets!.rows[2].quantities = [Quantity(600)]
            }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.assets), let table = check.subject.assets else { return }
        let labels = check.subject.assetLabels
        guard let office = AssetRows.index(labels: labels, containing: "办公用房"),
              let building = labels.indices.first(where: { $0 != office && LabelBytes.contains(labels[$0], "房屋") })
        else { return }
        if let value = AssetRows.value(table, office) {
            check.atMost(value, AssetRows.value(table, building).orZero, termCount: 1,
                         cell: { AssetRows.cell(table, office) }, limitLabel: { AssetRows.cell(table, building).display },
                         terms: { [RelationTerm(AssetRows.cell(table, office), 1), RelationTerm(AssetRows.cell(table, building), -1)] })
        }
        if let area = AssetRows.quantity(table, office) {
            let limit = AssetRows.quantity(table, building) ?? Quantity(0)
            guard area > limit else { check.passed(); return }
            check.fail(AssetRows.cell(table, office),
                       message: "\(TableID.assets.label) \(labels[office]) 数量 \(area) 超过 \(labels[building]) 数量 \(limit)：办公用房是房屋的一部分",
                       involved: [AssetRows.cell(table, building).address])
        }
    }
}
