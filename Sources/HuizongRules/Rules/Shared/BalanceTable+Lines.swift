import HuizongModel

/// Finding the lines of T1/T4 by their role.
extension BalanceTable {
    /// Labels of the total lines of the income side.
    static let incomeTotalLabels: [String] = ["本年收入合计", "上年结转结余", "收入总计", "年初财政拨款结转和结余"]
    /// Labels of the total lines of the expenditure side.
    static let expenditureTotalLabels: [String] = ["本年支出合计", "年终结转结余", "支出总计", "年末财政拨款结转和结余"]

    /// The income items printed before 本年收入合计 (T1 一…五; T4 the three funds).
    public var incomeItemLines: [BalanceLine] {
        var out: [BalanceLine] = []
        for index in lines.indices {
            if lines[index].incomeItem.equalsIgnoringWhitespace("本年收入合计") { break }
            if !lines[index].incomeItem.isBlank { out.append(lines[index]) }
        }
        return out
    }

    /// The indices of ``incomeItemLines`` in ``lines``.
    var incomeItemIndices: [Int] {
        var out: [Int] = []
        for index in lines.indices {
            if lines[index].incomeItem.equalsIgnoringWhitespace("本年收入合计") { break }
            if !lines[index].incomeItem.isBlank { out.append(index) }
        }
        return out
    }

    /// The index of ``line(income:)`` in ``lines``.
    func lineIndex(income label: String) -> Int? {
        lines.indices.first { lines[$0].incomeItem.bytesEqual(label) }
            ?? lines.indices.first { lines[$0].incomeItem.equalsIgnoringWhitespace(label) }
    }

    /// The index of ``line(expenditure:)`` in ``lines``.
    func lineIndex(expenditure label: String) -> Int? {
        lines.indices.first { lines[$0].expenditureItem.bytesEqual(label) }
            ?? lines.indices.first { lines[$0].expenditureItem.equalsIgnoringWhitespace(label) }
    }

    /// The expenditure categories printed before 本年支出合计 (the 31 categories).
    public var expenditureCategoryLines: [BalanceLine] {
        var out: [BalanceLine] = []
        for index in lines.indices {
            if lines[index].expenditureItem.equalsIgnoringWhitespace("本年支出合计") { break }
            if !lines[index].expenditureItem.isBlank { out.append(lines[index]) }
        }
        return out
    }

    /// The income lines after `label` up to the next total line (T4 lines 34–36 after
    /// 年初财政拨款结转和结余).
    public func incomeLines(after label: String) -> [BalanceLine] {
        guard let start = lines.firstIndex(where: { $0.incomeItem.equalsIgnoringWhitespace(label) }) else { return [] }
        var out: [BalanceLine] = []
        for index in (start + 1)..<lines.count {
            if BalanceTable.incomeTotalLabels.contains(where: { lines[index].incomeItem.equalsIgnoringWhitespace($0) }) { break }
            if !lines[index].incomeItem.isBlank { out.append(lines[index]) }
        }
        return out
    }
}

extension String {
    /// The category name without its ordinal: `八、社会保障和就业支出` → `社会保障和就业支出`.
    public var droppingOrdinal: String {
        var key = removingWhitespace
        let start = key.withUTF8 { String.ordinalEnd(in: $0) }
        guard start > 0 else { return key }
        return String(key.utf8.dropFirst(start))!
    }

    /// True when both texts name the same category once whitespace and ordinals are
    /// removed (`八、社会保障和就业支出` and `社会保障和就业支出`), compared as UTF-8 bytes;
    /// allocates only when a text holds whitespace.
    public func sameName(ignoringOrdinal other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                // Past the ordinals, skipping whitespace on both sides.
                UTF8Whitespace.equalSkippingWhitespace(x, from: String.ordinalEnd(skippingWhitespaceIn: x),
                                                       y, from: String.ordinalEnd(skippingWhitespaceIn: y))
            }
        }
    }

    /// ``ordinalEnd(in:)`` for text that may hold whitespace (not counted as characters).
    static func ordinalEnd(skippingWhitespaceIn bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, characters = 0
        while i + 2 < bytes.count && characters <= 4 {
            let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
            if space > 0 { i += space; continue }
            if bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81 { return i + 3 }
            i += UTF8Whitespace.scalarLength(lead: bytes[i]); characters += 1
        }
        return 0
    }

    /// The byte offset just after a leading ordinal (`八、`: at most four characters before
    /// `、`, which is E3 80 81) in UTF-8 text without whitespace; 0 when there is none.
    static func ordinalEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, characters = 0
        while i + 2 < bytes.count && characters <= 4 {
            if bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81 { return i + 3 }
            i += UTF8Whitespace.scalarLength(lead: bytes[i]); characters += 1
        }
        return 0
    }
}
