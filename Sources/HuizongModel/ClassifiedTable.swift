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
    // The code first (17 bytes), then the number in 32 bits and the location in the bytes
    // after it, then the name and the amounts: 56 bytes a row, not 64 (a 10,000-unit
    // roll-up keeps some 780,000 rows until its outputs are written).

    /// 科目编码; nil on the 合计 row.
    /// (`Optional<…>` spelled out: see ``ClassifiedTable/note``.)
    public var code: Optional<SubjectCode>
    /// ``number``, in 32 bits.
    @usableFromInline var storedNumber: Int32?
    /// Where the row was read.
    public var source: SourceLocation
    /// 科目名称 (`合计` on the total row).
    public var name: String
    /// The amount columns, in the table's column order.
    public var amounts: [Amount?]

    /// 序号 as printed (nil when the layout prints none); -2,147,483,648…2,147,483,647.
    @inlinable public var number: Int? {
        get { storedNumber.map { Int($0) } }
        set { storedNumber = newValue.map { Int32($0) } }
    }

    public init(number: Int?, code: SubjectCode?, name: String, amounts: [Amount?], source: SourceLocation = .none) {
        self.storedNumber = number.map { Int32($0) }; self.code = code; self.name = name; self.amounts = amounts
        self.source = source
    }

    // Coded as before the number was packed: the same keys, optionals left out when nil.
    enum CodingKeys: String, CodingKey { case name, amounts, number, source, code }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let number = try c.decodeIfPresent(Int.self, forKey: .number)
        if let number, Int32(exactly: number) == nil {
            throw DecodingError.dataCorruptedError(forKey: .number, in: c, debugDescription: "序号 \(number) 超出范围")
        }
        self.init(number: number, code: try c.decodeIfPresent(SubjectCode.self, forKey: .code),
                  name: try c.decode(String.self, forKey: .name), amounts: try c.decode([Amount?].self, forKey: .amounts),
                  source: try c.decode(SourceLocation.self, forKey: .source))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(amounts, forKey: .amounts)
        try c.encodeIfPresent(number, forKey: .number)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(code, forKey: .code)
    }
}
