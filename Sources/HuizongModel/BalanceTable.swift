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
    /// 序号 as printed.
    public var number: Int
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

    public init(number: Int, incomeItem: String, income: [Amount?], expenditureItem: String,
                expenditure: [Amount?], source: SourceLocation = .none) {
        self.number = number; self.incomeItem = incomeItem; self.income = income
        self.expenditureItem = expenditureItem; self.expenditure = expenditure; self.source = source
    }
}
