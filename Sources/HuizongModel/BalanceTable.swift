/// T1 收支总表 and T4 财政拨款收支总表: numbered lines with an income side and an
/// expenditure side.
///
/// T1 has one amount per side (预算数); T4 has one income amount (金额) and four
/// expenditure amounts (合计, 一般公共预算, 政府性基金, 国有资本经营). Lines are kept as
/// printed, so 本年收入合计, 上年结转结余, 收入总计 … are found by their labels.
public struct BalanceTable: Sendable, Hashable, Codable {
    /// The header cells.
    public var header: TableHeader
    /// Lines 1…34 (T1) or 1…37 (T4), in order.
    public var lines: [BalanceLine]

    public init(header: TableHeader, lines: [BalanceLine]) { self.header = header; self.lines = lines }

    /// The first line whose income label, whitespace removed, is `label`.
    public func line(income label: String) -> BalanceLine? {
        // Labels rarely hold whitespace: compare bytes first. Lines are visited by index,
        // so only the line found is copied.
        for index in lines.indices where lines[index].incomeItem.bytesEqual(label) { return lines[index] }
        for index in lines.indices where lines[index].incomeItem.equalsIgnoringWhitespace(label) { return lines[index] }
        return nil
    }
    /// The first line whose expenditure label, whitespace removed, is `label`.
    public func line(expenditure label: String) -> BalanceLine? {
        for index in lines.indices where lines[index].expenditureItem.bytesEqual(label) { return lines[index] }
        for index in lines.indices where lines[index].expenditureItem.equalsIgnoringWhitespace(label) { return lines[index] }
        return nil
    }
}

/// One numbered line of T1 or T4.
public struct BalanceLine: Sendable, Hashable, Codable {
    // The number is kept in 32 bits next to the location: 56 bytes a line, not 64.

    /// 收入项目 (may be empty).
    public var incomeItem: String
    /// The income amounts (T1: 预算数; T4: 金额).
    public var income: [Amount?]
    /// 支出项目 (may be empty).
    public var expenditureItem: String
    /// The expenditure amounts (T1: 预算数; T4: 合计, 一般公共预算, 政府性基金, 国有资本经营).
    public var expenditure: [Amount?]
    /// Where the line was read.
    public var source: SourceLocation
    /// ``number``, in 32 bits.
    @usableFromInline var storedNumber: Int32

    /// 序号 as printed; -2,147,483,648…2,147,483,647.
    @inlinable public var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(newValue) }
    }

    public init(number: Int, incomeItem: String, income: [Amount?], expenditureItem: String,
                expenditure: [Amount?], source: SourceLocation = .none) {
        self.storedNumber = Int32(number); self.incomeItem = incomeItem; self.income = income
        self.expenditureItem = expenditureItem; self.expenditure = expenditure; self.source = source
    }

    // Coded as before the number was packed: the same keys.
    enum CodingKeys: String, CodingKey { case number, incomeItem, income, expenditureItem, expenditure, source }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let number = try c.decode(Int.self, forKey: .number)
        guard Int32(exactly: number) != nil else {
            throw DecodingError.dataCorruptedError(forKey: .number, in: c, debugDescription: "序号 \(number) 超出范围")
        }
        self.init(number: number, incomeItem: try c.decode(String.self, forKey: .incomeItem),
                  income: try c.decode([Amount?].self, forKey: .income),
                  expenditureItem: try c.decode(String.self, forKey: .expenditureItem),
                  expenditure: try c.decode([Amount?].self, forKey: .expenditure),
                  source: try c.decode(SourceLocation.self, forKey: .source))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(incomeItem, forKey: .incomeItem)
        try c.encode(income, forKey: .income)
        try c.encode(expenditureItem, forKey: .expenditureItem)
        try c.encode(expenditure, forKey: .expenditure)
        try c.encode(source, forKey: .source)
    }
}
