/// T2, T3, T5, T6, T7, T8: a 合计 row and rows keyed by classification code.
///
/// Function tables (T2, T3, T5, T7, T8) carry 类/款/项 codes, T6 economic 类/款 codes.
/// Amount columns per table are listed in ``TableSchema``.
public struct ClassifiedTable: Sendable, Hashable, Codable {
    /// The header cells.
    public var header: TableHeader
    /// Rows in printed order; the 合计 row has no code.
    public var rows: [ClassifiedRow]
    /// A note printed after the table (`注：无政府性基金预算财政拨款预算，空表列示。`).
    ///
    /// Spelled `Optional<…>`, not `…?`: a `var` of the sugared type starts as nil before
    /// the initializer assigns it, and that left a copy and a destroy of the whole value in
    /// every initializer call inlined into another module.
    public var note: Optional<String>

    public init(header: TableHeader, rows: [ClassifiedRow], note: String? = nil) {
        self.header = header; self.rows = rows; self.note = note
    }

    /// The 合计 row, if printed.
    @inlinable public var totalRow: ClassifiedRow? { rows.first { $0.code == nil } }
    /// The row with `code`, if printed.
    @inlinable public func row(_ code: SubjectCode) -> ClassifiedRow? { rows.first { $0.code == code } }
    /// The rows with a code.
    public var codedRows: [ClassifiedRow] { rows.filter { $0.code != nil } }
    /// True when the table holds no amount at all (an empty table, 空表列示).
    public var isEmpty: Bool { rows.allSatisfy { row in row.amounts.allSatisfy { $0 == nil } } }
}

/// One row of a classified table.
public struct ClassifiedRow: Sendable, Hashable, Codable {
    // Stored name and amounts first, then the number with the location in the bytes
    // after its tag, then the code: 64 bytes a row, not 72.

    /// 科目名称 (`合计` on the total row).
    public var name: String
    /// The amount columns, in the table's column order.
    public var amounts: [Amount?]
    /// 序号 as printed (nil when the layout prints none).
    public var number: Int?
    /// Where the row was read.
    public var source: SourceLocation
    /// 科目编码; nil on the 合计 row.
    /// (`Optional<…>` spelled out: see ``ClassifiedTable/note``.)
    public var code: Optional<SubjectCode>

    public init(number: Int?, code: SubjectCode?, name: String, amounts: [Amount?], source: SourceLocation = .none) {
        self.number = number; self.code = code; self.name = name; self.amounts = amounts; self.source = source
    }
}
