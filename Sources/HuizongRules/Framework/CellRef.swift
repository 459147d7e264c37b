import HuizongModel

/// A cell as a rule names it: its address, the printed name of its row, its source line.
public struct CellRef: Sendable, Hashable {
    /// Table, row key, column.
    public var address: CellAddress
    /// The row's name as printed (`社会保障和就业支出`, `八、社会保障和就业支出`).
    public var rowName: String
    /// Source line of the row (0 when unknown).
    public var line: Int

    public init(_ address: CellAddress, rowName: String, line: Int) {
        self.address = address; self.rowName = rowName; self.line = line
    }

    public init(_ table: TableID, _ row: String, _ column: String, rowName: String, source: SourceLocation) {
        self.init(CellAddress(table, row, column), rowName: rowName, line: source.line)
    }

    /// `T3 支出总表 208 社会保障和就业支出 合计`; for rows without a code the 序号 is not shown.
    public var display: String {
        let table = address.table.label
        let isCode = address.row.utf8.count >= 3 && address.row.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && [.t2, .t3, .t5, .t6, .t7, .t8].contains(address.table)
        let row = isCode ? "\(address.row) \(rowName)" : rowName
        return "\(table) \(row) \(address.column)"
    }
}

/// A term of a linear relation: a cell and its coefficient (the checked cell +1, the
/// terms it should equal −1).
public struct RelationTerm: Sendable, Hashable {
    /// The cell.
    public var cell: CellRef
    /// Its coefficient in `Σ coefficient × value = 0`.
    public var coefficient: Int

    public init(_ cell: CellRef, _ coefficient: Int) { self.cell = cell; self.coefficient = coefficient }
}

extension Amount {
    /// Signed text for differences: `+0.10`, `−0.10` (U+2212), `0.00`.
    public var signedText: String {
        if fen > 0 { return "+" + text() }
        if fen < 0 { return "−" + magnitude.text() }
        return text()
    }
}
