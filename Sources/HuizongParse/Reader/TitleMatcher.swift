import HuizongModel

/// Recognises table titles, whatever the spacing and quote style.
enum TitleMatcher {
    /// A recognised title.
    enum Match: Equatable {
        case table(TableID, BudgetScope)
        case performance
    }

    /// The comparison key of a label: whitespace and quotes removed, ASCII colon and
    /// parentheses made full-width (see ``LabelKey``).
    static func key(_ text: String) -> String {
        String(decoding: LabelKey(text).bytes, as: UTF8.self)
    }

    /// The key of every known title and what it names.
    private static let known: [(key: LabelKey, match: Match)] = {
        var list: [(LabelKey, Match)] = []
        for id in TableID.nine {
            for scope in [BudgetScope.unit, .department] {
                list.append((LabelKey(scope.rawValue + "预算" + id.titleStem), .table(id, scope)))
            }
        }
        for scope in [BudgetScope.unit, .department] {
            list.append((LabelKey(scope.rawValue + "政府采购预算"), .table(.procurement, scope)))
            list.append((LabelKey(scope.rawValue + "政府采购预算表"), .table(.procurement, scope)))
            list.append((LabelKey(scope.rawValue + "固定资产占用情况表"), .table(.assets, scope)))
        }
        return list
    }()

    private static let performanceSuffix = LabelKey("绩效目标表")

    /// The table a title line names, if any.
    static func match(_ line: String) -> Match? {
        let bytes = Array(line.utf8)
        return match(bytes, 0..<bytes.count)
    }

    /// The table the title in `bytes[range]` names, if any.
    static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Match? {
        // Every title ends in 表 (E8 A1 A8) or 预算 (… E7 AE 97); anything long or ending
        // otherwise is text, decided without building a key.
        guard range.count <= 600, !range.isEmpty else { return nil }
        let last = bytes[range.upperBound - 1]
        guard last == 0xA8 || last == 0x97 else {
            if last == 0x20 || last == 0x09 {
                let trimmed = UTF8Whitespace.trimmedRange(bytes[range])
                return match(bytes, trimmed)
            }
            return nil
        }
        for entry in known where entry.key.matches(bytes, range) { return entry.match }
        if performanceSuffix.isSuffix(of: bytes, range) { return .performance }
        return nil
    }

    /// True for lines that can only be a title (never a cell's continuation).
    static func isTitle(_ line: String) -> Bool { match(line) != nil }

    /// True for the line `bytes[range]` when it can only be a title.
    static func isTitle(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { match(bytes, range) != nil }

    /// True when `text` looks like a unit line: at least three ASCII digits, then a name.
    static func looksLikeUnitLine(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return looksLikeUnitLine(bytes, 0..<bytes.count)
    }

    /// True when `bytes[range]` looks like a unit line: at least three ASCII digits, then a name.
    static func looksLikeUnitLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var digits = 0
        for index in range { let b = bytes[index]; if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
        return digits >= 3 && digits < range.count
    }
}
