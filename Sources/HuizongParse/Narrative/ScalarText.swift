/// Small helpers for reading narrative text as an array of Unicode scalars.
///
/// The claim extractor never uses regular expressions or grapheme-level `String`
/// comparison: every test below is an exact comparison of scalars.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`.
    init(scalarsOf text: String) { self.init(text.unicodeScalars) }

    /// The scalars as a `String`.
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }

    /// True when `needle` occurs starting at `index`.
    func matches(_ needle: Scalars, at index: Int) -> Bool {
        guard index >= 0, needle.count <= count - index else { return false }
        var offset = 0
        while offset < needle.count {
            if self[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }

    /// True when the scalars start with `needle`.
    func starts(withScalars needle: Scalars) -> Bool { matches(needle, at: 0) }

    /// True when the scalars end with `needle`.
    func ends(withScalars needle: Scalars) -> Bool { matches(needle, at: count - needle.count) }

    /// The last index where `needle` starts, or `nil`.
    func lastIndex(ofScalars needle: Scalars) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var index = count - needle.count
        while index >= 0 {
            if matches(needle, at: index) { return index }
            index -= 1
        }
        return nil
    }

    /// True when `needle` occurs anywhere in `range`.
    func contains(scalars needle: Scalars, in range: Range<Int>) -> Bool {
        guard !needle.isEmpty else { return true }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if matches(needle, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The scalars without leading and trailing whitespace.
    var trimmed: Scalars {
        var start = 0, end = count
        while start < end && self[start].isNarrativeSpace { start += 1 }
        while end > start && self[end - 1].isNarrativeSpace { end -= 1 }
        return Array(self[start..<end])
    }
}

extension Unicode.Scalar {
    /// An ASCII digit `0`…`9`.
    var isASCIIDigitScalar: Bool { value >= 0x30 && value <= 0x39 }

    /// Whitespace of any kind (ASCII, U+3000, no-break space, tabs, line ends).
    var isNarrativeSpace: Bool { properties.isWhitespace }

    /// An opening parenthesis, ASCII or full-width.
    var isOpeningParenthesis: Bool { self == "(" || self == "（" }

    /// A closing parenthesis, ASCII or full-width.
    var isClosingParenthesis: Bool { self == ")" || self == "）" }

    /// Ends a sentence: `。`, `！`, `？`, `!`, `?`, or a line end.
    var endsSentence: Bool {
        self == "。" || self == "！" || self == "？" || self == "!" || self == "?" || self == "\n" || self == "\r"
    }

    /// Separates a label from the text before it: `，,；;：:。、（(`, sentence ends, tabs.
    var isLabelDelimiter: Bool {
        switch self {
        case "，", ",", "；", ";", "：", ":", "。", "、", "（", "(", "！", "？", "!", "?", "\t", "\n", "\r":
            return true
        default:
            return false
        }
    }

    /// A quotation mark of any style (`“”‘’"'「」『』`), ignored when matching keywords.
    var isQuotationMark: Bool {
        switch self {
        case "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", "〝", "〞", "＂":
            return true
        default:
            return false
        }
    }
}
