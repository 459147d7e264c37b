/// The address of one amount cell of a budget: table, row key and column, the same
/// keys as the facts CSV (`T2,2080199,…,财政拨款收入`).
///
/// - `row`: the classification code where the row has one (T2, T3, T5…T8), else its
///   序号 (T1/T4 lines, T9 rows, the 合计 row of a classified table); the 1-based
///   position in P and A; the project code in G; the 1-based claim number in N.
/// - `column`: the column name from ``TableSchema`` (N: the claim's subject).
public struct CellAddress: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The table.
    public var table: TableID
    /// The row key.
    public var row: String
    /// The column name.
    public var column: String

    public init(_ table: TableID, _ row: String, _ column: String) {
        self.table = table; self.row = row; self.column = column
    }

    public var description: String { "\(table.rawValue) \(row) \(column)" }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.table, a.row, a.column) < (b.table, b.row, b.column)
    }
}

/// One amount cell: where it is, the name of its row, its value.
public struct AmountCell: Sendable, Hashable {
    /// Where the cell is.
    public var address: CellAddress
    /// The row's name or label (T1/T4: the item on the column's side).
    public var rowName: String
    /// The value; nil when the cell is empty.
    public var value: Amount?
    /// The source line of the row.
    public var source: SourceLocation
}
