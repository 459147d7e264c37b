import HuizongModel

/// The comparison key of a label: whitespace and quotes removed, ASCII colon and
/// parentheses made full-width (`科目  编码` = `科目编码`, `预算年度:` = `预算年度：`,
/// `财政拨款"三公"经费` = `财政拨款“三公”经费`).
///
/// Keys of the template's labels are computed once; a cell is compared with them byte by
/// byte as its key is produced, without building a string or an array.
struct LabelKey: Hashable, Sendable {
    /// The UTF-8 bytes of the key.
    let bytes: [UInt8]

    /// The key of `text`.
    init(_ text: String) {
        var out: [UInt8] = []
        var reader = LabelKeyReader(bytes: Array(text.utf8), ranges: [])
        while let b = reader.next() { out.append(b) }
        bytes = out
    }

    /// True when the key of `text` (valid UTF-8, several ranges read as one text)
    /// equals this key.
    func matches(_ text: [UInt8], _ first: Range<Int>, _ more: [Range<Int>] = []) -> Bool {
        var reader = LabelKeyReader(bytes: text, first: first, more: more)
        for b in bytes { guard reader.next() == b else { return false } }
        return reader.next() == nil
    }

    /// True when the key of `text` starts with this key.
    func isPrefix(of text: [UInt8], _ first: Range<Int>, _ more: [Range<Int>] = []) -> Bool {
        var reader = LabelKeyReader(bytes: text, first: first, more: more)
        for b in bytes { guard reader.next() == b else { return false } }
        return true
    }

    /// True when the key of `text` ends with this key.
    func isSuffix(of text: [UInt8], _ first: Range<Int>, _ more: [Range<Int>] = []) -> Bool {
        let key = LabelKey.bytes(of: text, first, more)
        return key.count >= bytes.count && key[(key.count - bytes.count)...].elementsEqual(bytes)
    }

    /// The key bytes of `text` read over `first` and `more`.
    static func bytes(of text: [UInt8], _ first: Range<Int>, _ more: [Range<Int>] = []) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(first.count)
        var reader = LabelKeyReader(bytes: text, first: first, more: more)
        while let b = reader.next() { out.append(b) }
        return out
    }
}

/// Produces the key bytes of UTF-8 text one at a time (see ``LabelKey``).
struct LabelKeyReader {
    private let bytes: [UInt8]
    private var index: Int
    private var end: Int
    private var more: ArraySlice<Range<Int>>
    /// Bytes of a full-width replacement still to give, last first.
    private var pending: (UInt8, UInt8) = (0, 0)
    private var pendingCount = 0
    /// Bytes of the current multi-byte scalar still to copy.
    private var copyCount = 0

    /// A reader over all of `bytes` followed by nothing else.
    init(bytes: [UInt8], ranges: [Range<Int>]) {
        self.init(bytes: bytes, first: 0..<bytes.count, more: ranges)
    }

    /// A reader over `first`, then each range of `more`, as one text.
    init(bytes: [UInt8], first: Range<Int>, more: [Range<Int>]) {
        self.bytes = bytes
        self.index = first.lowerBound
        self.end = first.upperBound
        self.more = more[...]
    }

    /// The next key byte, or nil at the end.
    mutating func next() -> UInt8? {
        if pendingCount > 0 {
            pendingCount -= 1
            return pendingCount == 1 ? pending.0 : pending.1
        }
        if copyCount > 0 {
            copyCount -= 1
            let b = bytes[index]
            index += 1
            return b
        }
        while true {
            if index >= end {
                guard let range = more.popFirst() else { return nil }
                index = range.lowerBound
                end = range.upperBound
                continue
            }
            let b = bytes[index]
            if b < 0x80 {
                index += 1
                switch b {
                case 0x20, 0x09...0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"): continue
                case UInt8(ascii: ":"): return fullWidth(0x9A)
                case UInt8(ascii: "("): return fullWidth(0x88)
                case UInt8(ascii: ")"): return fullWidth(0x89)
                default: return b
                }
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            let stop = min(index + length, end)
            if stop - index == 3 {
                let b1 = bytes[index + 1], b2 = bytes[index + 2]
                if UTF8Whitespace.isWhitespace(b, b1, b2) || LabelKeyReader.isQuote(b, b1, b2) { index = stop; continue }
            } else if stop - index == 2 && b == 0xC2 {
                let b1 = bytes[index + 1]
                if b1 == 0x85 || b1 == 0xA0 { index = stop; continue }
            }
            copyCount = stop - index - 1
            index += 1
            return b
        }
    }

    /// Gives EF, then sets BC and `last` to follow.
    private mutating func fullWidth(_ last: UInt8) -> UInt8 {
        pending = (0xBC, last)
        pendingCount = 2
        return 0xEF
    }

    /// “ ” ‘ ’ 「 」.
    private static func isQuote(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        if b0 == 0xE2 && b1 == 0x80 { return b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x99 }
        if b0 == 0xE3 && b1 == 0x80 { return b2 == 0x8C || b2 == 0x8D }
        return false
    }
}
