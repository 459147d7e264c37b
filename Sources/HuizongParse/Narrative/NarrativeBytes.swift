import HuizongModel

/// Small helpers for reading narrative text as UTF-8 bytes.
///
/// The claim extractor never uses regular expressions or grapheme-level `String`
/// comparison: every test below is an exact comparison of bytes. In valid UTF-8 a
/// whole encoded word can only match at a scalar boundary, so byte matching finds
/// exactly the scalar matches; lengths and offsets are in bytes.
extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// True when `needle` occurs starting at `index`.
    @inline(__always)
    func matches(_ needle: [UInt8], at index: Int) -> Bool {
        guard index >= startIndex, needle.count <= endIndex - index else { return false }
        var offset = 0
        while offset < needle.count {
            if self[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }

    /// True when the bytes start with `needle`.
    func starts(withBytes needle: [UInt8]) -> Bool { matches(needle, at: startIndex) }

    /// True when the bytes end with `needle`.
    func ends(withBytes needle: [UInt8]) -> Bool { matches(needle, at: endIndex - needle.count) }

    /// True when `needle` occurs anywhere in `range`.
    func contains(bytes needle: [UInt8], in range: Range<Int>) -> Bool {
        guard let first = needle.first else { return true }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if self[index] == first && matches(needle, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The offset where the scalar ending just before `offset` starts.
    @inline(__always)
    func scalarStart(before offset: Int) -> Int {
        var index = offset - 1
        while index > startIndex && self[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The range without leading and trailing whitespace of any kind (Unicode `White_Space`).
    var whitespaceTrimmedRange: Range<Int> { UTF8Whitespace.trimmedRange(self) }

    /// The number of scalars.
    var scalarCount: Int {
        var count = 0
        for b in self where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The bytes as a `String`.
    var string: String { String(decoding: self, as: UTF8.self) }
}

/// Tests for the marks the extractor looks for, at a byte offset of valid UTF-8.
enum NarrativeMarks {
    /// `（` and `）` (EF BC 88 / EF BC 89).
    static let fullWidthOpening: [UInt8] = [0xEF, 0xBC, 0x88]
    static let fullWidthClosing: [UInt8] = [0xEF, 0xBC, 0x89]

    /// The length of the opening parenthesis (ASCII or full-width) at `index`, or 0.
    @inline(__always)
    static func openingParenthesis<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let b = text[index]
        if b == UInt8(ascii: "(") { return 1 }
        return b == 0xEF && text.matches(fullWidthOpening, at: index) ? 3 : 0
    }

    /// The length of the closing parenthesis (ASCII or full-width) at `index`, or 0.
    @inline(__always)
    static func closingParenthesis<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let b = text[index]
        if b == UInt8(ascii: ")") { return 1 }
        return b == 0xEF && text.matches(fullWidthClosing, at: index) ? 3 : 0
    }

    /// The first offset in `start..<limit` (`limit` at most the text's length) whose byte
    /// may end a sentence — `!`, `?`, LF, CR, or E3 or EF (the leads of `。`, `！` and
    /// `？`) — or `limit` when none does; sixteen bytes at a time while they fit in the
    /// text. None of these bytes is a continuation byte: each starts a character.
    static func nextSentenceEndCandidate(_ text: [UInt8], from start: Int, before limit: Int) -> Int {
        text.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return limit }
            let raw = UnsafeRawPointer(base)
            var index = start
            while index < limit && index &+ 16 <= p.count {
                let x = ByteLanes.load(raw, index)
                let ascii = (x .== ByteLanes.all(0x21)) .| (x .== ByteLanes.all(0x3F))
                    .| (x .== ByteLanes.all(0x0A)) .| (x .== ByteLanes.all(0x0D))
                let leads = (x .== ByteLanes.all(0xE3)) .| (x .== ByteLanes.all(0xEF))
                if let lane = ByteLanes.first(ascii .| leads) { return min(index &+ lane, limit) }
                index &+= 16
            }
            while index < limit {
                switch p[index] {
                case 0x21, 0x3F, 0x0A, 0x0D, 0xE3, 0xEF: return index
                default: index &+= 1
                }
            }
            return limit
        }
    }

    /// True when the scalar at `index` ends a sentence: `。`, `！`, `？`, `!`, `?`, or a line end.
    @inline(__always)
    static func endsSentence(_ text: [UInt8], at index: Int) -> Bool {
        let b = text[index]
        switch b {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0D: return true
        case 0xE3: return index + 2 < text.count && text[index + 1] == 0x80 && text[index + 2] == 0x82
        case 0xEF: return index + 2 < text.count && text[index + 1] == 0xBC && (text[index + 2] == 0x81 || text[index + 2] == 0x9F)
        default: return false
        }
    }

    /// True when the scalar starting at `index` separates a label from the text before
    /// it: `，,；;：:。、（(`, sentence ends, tabs.
    @inline(__always)
    static func isLabelDelimiter(_ text: [UInt8], at index: Int) -> Bool {
        let b = text[index]
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
             UInt8(ascii: "!"), UInt8(ascii: "?"), 0x09, 0x0A, 0x0D:
            return true
        case 0xE3:
            // 。 (E3 80 82), 、 (E3 80 81)
            return index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0x82 || text[index + 2] == 0x81)
        case 0xEF:
            // ， (EF BC 8C), ； (EF BC 9B), ： (EF BC 9A), （ (EF BC 88), ！ (EF BC 81), ？ (EF BC 9F)
            guard index + 2 < text.count, text[index + 1] == 0xBC else { return false }
            let c = text[index + 2]
            return c == 0x8C || c == 0x9B || c == 0x9A || c == 0x88 || c == 0x81 || c == 0x9F
        default:
            return false
        }
    }

    /// The length of the quotation mark (`“”‘’"'「」『』〝〞＂`) at `index`, or 0.
    @inline(__always)
    static func quotationMark<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let b = text[index]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return 1 }
        guard b == 0xE2 || b == 0xE3 || b == 0xEF, index + 2 < text.endIndex else { return 0 }
        let b1 = text[index + 1], b2 = text[index + 2]
        switch b {
        case 0xE2: return b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x99) ? 3 : 0
        case 0xE3: return b1 == 0x80 && (b2 == 0x8C || b2 == 0x8D || b2 == 0x8E || b2 == 0x8F || b2 == 0x9D || b2 == 0x9E) ? 3 : 0
        default: return b1 == 0xBC && b2 == 0x82 ? 3 : 0
        }
    }
}
