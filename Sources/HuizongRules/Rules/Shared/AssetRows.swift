import HuizongModel

/// Reading the asset table (A 单位固定资产占用情况表) by role. Rows are found by their
/// labels (`资产总额`, `1、房屋（平方米）`, `其中：办公用房（平方米）` …), never by position.
enum AssetRows {
    /// The row index of 资产总额.
    static func totalIndex(_ table: AssetTable) -> Int? {
        table.rows.firstIndex { $0.label.removingWhitespace.containsBytes("资产总额") }
    }

    /// True for an “其中” row (a part of the row above, not of the total).
    static func isSubRow(_ row: LabeledRow) -> Bool { row.label.removingWhitespace.hasPrefix("其中") }

    /// The asset classes that make up 资产总额: every row except the total and the 其中 rows.
    static func classIndices(_ table: AssetTable) -> [Int] {
        let total = totalIndex(table)
        return table.rows.indices.filter { $0 != total && !isSubRow(table.rows[$0]) }
    }

    /// The first row whose label contains `fragment`.
    static func index(_ table: AssetTable, containing fragment: String) -> Int? {
        table.rows.firstIndex { $0.label.removingWhitespace.containsBytes(fragment) }
    }

    /// The 价值 of row `index`.
    static func value(_ table: AssetTable, _ index: Int) -> Amount? { table.rows[index].amounts.first ?? nil }

    /// The 数量 of row `index`.
    static func quantity(_ table: AssetTable, _ index: Int) -> Quantity? { table.rows[index].quantities.first ?? nil }

    /// The 价值 cell of row `index`.
    static func cell(_ table: AssetTable, _ index: Int) -> CellRef { .asset(index + 1, table.rows[index]) }
}
