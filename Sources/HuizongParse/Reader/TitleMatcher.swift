import HuizongModel

/// Recognises table titles, whatever the spacing and quote style.
enum TitleMatcher {
    /// A recognised title.
    enum Match: Equatable {
        case table(TableID, BudgetScope)
        case performance
    }

    /// The comparison key of a label: whitespace and quotes removed, ASCII colon and
    /// parentheses made full-width. Works on UTF-8 bytes.
    static func key(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x20, 0x09...0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"): break
                case UInt8(ascii: ":"): out.append(contentsOf: [0xEF, 0xBC, 0x9A])
                case UInt8(ascii: "("): out.append(contentsOf: [0xEF, 0xBC, 0x88])
                case UInt8(ascii: ")"): out.append(contentsOf: [0xEF, 0xBC, 0x89])
                default: out.append(b)
                }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            let end = min(i + length, n)
            let scalar = Array(bytes[i..<end])
            if UTF8Whitespace.isWhitespace(scalar) || isQuote(scalar) { i = end; continue }
            out.append(contentsOf: scalar)
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// “ ” ‘ ’ 「 」.
    private static func isQuote(_ s: [UInt8]) -> Bool {
        guard s.count == 3 else { return false }
        if s[0] == 0xE2 && s[1] == 0x80 { return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x98 || s[2] == 0x99 }
        if s[0] == 0xE3 && s[1] == 0x80 { return s[2] == 0x8C || s[2] == 0x8D }
        return false
    }

    private static let known: [String: Match] = {
        var map: [String: Match] = [:]
        for id in TableID.nine {
            for scope in [BudgetScope.unit, .department] {
                map[key(scope.rawValue + "预算" + id.titleStem)] = .table(id, scope)
            }
        }
        for scope in [BudgetScope.unit, .department] {
            map[key(scope.rawValue + "政府采购预算")] = .table(.procurement, scope)
            map[key(scope.rawValue + "政府采购预算表")] = .table(.procurement, scope)
            map[key(scope.rawValue + "固定资产占用情况表")] = .table(.assets, scope)
        }
        return map
    }()

    /// The table a title line names, if any.
    static func match(_ line: String) -> Match? {
        // Every title ends in 表 (E8 A1 A8) or 预算 (… E7 AE 97); anything long or ending
        // otherwise is text, decided without building a key.
        let utf8 = line.utf8
        guard utf8.count <= 600, let last = utf8.last else { return nil }
        guard last == 0xA8 || last == 0x97 else {
            if last == 0x20 || last == 0x09 { return match(line.trimmingAllWhitespace) }
            return nil
        }
        let k = key(line)
        if let match = known[k] { return match }
        if k.hasSuffix("绩效目标表") { return .performance }
        return nil
    }

    /// True for lines that can only be a title (never a cell's continuation).
    static func isTitle(_ line: String) -> Bool { match(line) != nil }

    /// True when `text` looks like a unit line: at least three ASCII digits, then a name.
    static func looksLikeUnitLine(_ text: String) -> Bool {
        var digits = 0
        for b in text.utf8 { if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
        return digits >= 3 && digits < text.utf8.count
    }
}
