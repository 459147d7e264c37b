import HuizongModel

/// Reading the asset table (A 单位固定资产占用情况表) by role. Rows are found by their
/// labels (`资产总额`, `1、房屋（平方米）`, `其中：办公用房（平方米）` …), never by position.
enum AssetRows {
    /// The row index of 资产总额.
    static func totalIndex(_ table: TableRows<LabeledRow>) -> Int? {
        table.rows.firstIndex { StructureText.key($0.label).containsBytes("资产总额") }
    }

    /// Each row's label with whitespace removed: what rows are found by (see
    /// ``CheckSubject/assetLabels``, worked out once per unit).
    static func labels(_ table: TableRows<LabeledRow>) -> [String] { StructureText.labelKeys(table.rows) }

    /// The row index of 资产总额, from the rows' ``labels(_:)``.
    static func totalIndex(labels: [String]) -> Int? { labels.indices.first { LabelBytes.contains(labels[$0], "资产总额") } }

    /// The asset classes that make up 资产总额: every row except the total and the “其中”
    /// rows (a part of the row above, not of the total), from the rows' ``labels(_:)``.
    static func classIndices(labels: [String]) -> [Int] {
        let total = totalIndex(labels: labels)
        // Room for every row at once (`filter` would grow the list a step at a time).
        var indices: [Int] = []
        indices.reserveCapacity(labels.count)
        for index in labels.indices where index != total && !LabelBytes.hasPrefix(labels[index], "其中") { indices.append(index) }
        return indices
    }

    /// The first row whose label contains `fragment`, from the rows' ``labels(_:)``.
    static func index(labels: [String], containing fragment: StaticString) -> Int? {
        labels.indices.first { LabelBytes.contains(labels[$0], fragment) }
    }

    /// The 价值 of row `index`.
    @inline(__always)
    static func value(_ table: TableRows<LabeledRow>, _ index: Int) -> Amount? { table.rows[index].amounts.first ?? nil }

    /// The 数量 of row `index`.
    @inline(__always)
    static func quantity(_ table: TableRows<LabeledRow>, _ index: Int) -> Quantity? { table.rows[index].quantities.first ?? nil }

    /// The 价值 cell of row `index`.
    static func cell(_ table: TableRows<LabeledRow>, _ index: Int) -> CellRef { .asset(index + 1, table.rows[index]) }
}
