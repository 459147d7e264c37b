import HuizongModel

/// Recognises table titles, whatever the spacing and quote style.
enum TitleMatcher {
    /// A recognised title.
    enum Match: Equatable {
        case table(TableID, BudgetScope)
        case performance
    }

    /// The comparison key of a label: whitespace and quotes removed, ASCII colon and
    /// parentheses made full-width.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            switch scalar {
            case "\u{201C}", "\u{201D}", "\"", "\u{300C}", "\u{300D}", "'", "\u{2018}", "\u{2019}": continue
            case ":": out.append("\u{FF1A}")
            case "(": out.append("\u{FF08}")
            case ")": out.append("\u{FF09}")
            default: out.append(scalar)
            }
        }
        return String(out)
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
