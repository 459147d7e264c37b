extension StringProtocol {
    /// The text without any whitespace (ASCII, full-width U+3000, no-break space U+00A0,
    /// other Unicode spaces): how headers and labels are compared (`科目    编码` = `科目编码`).
    public var removingWhitespace: String {
        if let result = utf8.withContiguousStorageIfAvailable({ UTF8Whitespace.removingWhitespace($0) }) {
            return result ?? String(self)
        }
        return UTF8Whitespace.removingWhitespace(Array(utf8)[...]) ?? String(self)
    }

    /// The text with leading and trailing whitespace removed (full-width and no-break too).
    public var trimmingAllWhitespace: String {
        if let result = utf8.withContiguousStorageIfAvailable({ UTF8Whitespace.trimmingWhitespace($0) }) {
            return result ?? String(self)
        }
        return UTF8Whitespace.trimmingWhitespace(Array(utf8)[...]) ?? String(self)
    }
}

/// Byte-level tests for whitespace in UTF-8 text: the Unicode `White_Space` scalars
/// (ASCII TAB…CR and space; U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000), without decoding to scalars.
public enum UTF8Whitespace {
    /// True for the UTF-8 encoding of a Unicode whitespace scalar outside ASCII:
    /// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    @inlinable
    public static func isWhitespace(_ s: [UInt8]) -> Bool {
        switch s.count {
        case 2: return s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)
        case 3: return isWhitespace(s[0], s[1], s[2])
        default: return false
        }
    }

    /// True for the three-byte encodings of U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000.
    @inlinable
    public static func isWhitespace(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        if b0 == 0xE3 { return b1 == 0x80 && b2 == 0x80 }
        if b0 == 0xE2 && b1 == 0x80 { return (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF }
        if b0 == 0xE2 && b1 == 0x81 { return b2 == 0x9F }
        if b0 == 0xE1 { return b1 == 0x9A && b2 == 0x80 }
        return false
    }

    /// The number of bytes of the scalar whose first byte is `lead` (1 for ASCII and
    /// for stray continuation bytes).
    @inlinable
    public static func scalarLength(lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The length of the whitespace scalar starting at `index` in valid UTF-8, or 0 when
    /// the scalar there is not whitespace.
    @inlinable
    public static func whitespaceLength<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, at index: Bytes.Index
    ) -> Int where Bytes.Index == Int {
        let b = bytes[index]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        if b == 0xC2 {
            guard index + 1 < bytes.endIndex else { return 0 }
            let c = bytes[index + 1]
            return c == 0x85 || c == 0xA0 ? 2 : 0
        }
        guard b == 0xE1 || b == 0xE2 || b == 0xE3, index + 2 < bytes.endIndex else { return 0 }
        return isWhitespace(b, bytes[index + 1], bytes[index + 2]) ? 3 : 0
    }

    /// True when `a` from `i` and `b` from `j` hold the same bytes once whitespace is
    /// skipped on both sides (`社会保障 和就业` and `社会保障和就业`).
    @inlinable
    public static func equalSkippingWhitespace(_ a: UnsafeBufferPointer<UInt8>, from i: Int = 0,
                                               _ b: UnsafeBufferPointer<UInt8>, from j: Int = 0) -> Bool {
        var i = i, j = j
        while true {
            while i < a.count, case let n = whitespaceLength(in: a, at: i), n > 0 { i += n }
            while j < b.count, case let n = whitespaceLength(in: b, at: j), n > 0 { j += n }
            if i == a.count || j == b.count { return i == a.count && j == b.count }
            if a[i] != b[j] { return false }
            i += 1; j += 1
        }
    }

    /// The length of the whitespace scalar ending just before `end` in valid UTF-8, or 0.
    @inlinable
    public static func whitespaceLength<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, before end: Bytes.Index
    ) -> Int where Bytes.Index == Int {
        let last = bytes[end - 1]
        if last < 0x80 { return last == 0x20 || (last >= 0x09 && last <= 0x0D) ? 1 : 0 }
        if end - 2 >= bytes.startIndex && bytes[end - 2] == 0xC2 { return last == 0x85 || last == 0xA0 ? 2 : 0 }
        guard end - 3 >= bytes.startIndex else { return 0 }
        return isWhitespace(bytes[end - 3], bytes[end - 2], last) ? 3 : 0
    }

    /// `bytes` (valid UTF-8) without whitespace, or nil when there is none to remove.
    @inlinable
    public static func removingWhitespace<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> String?
    where Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        // Most labels have no whitespace: find the first, or return without copying.
        while index < end {
            let b = bytes[index]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { break }
                index += 1
            } else {
                if whitespaceLength(in: bytes, at: index) > 0 { break }
                index += scalarLength(lead: b)
            }
        }
        if index >= end { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(end - bytes.startIndex)
        out.append(contentsOf: bytes[bytes.startIndex..<index])
        while index < end {
            let b = bytes[index]
            if b < 0x80 {
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { out.append(b) }
                index += 1
                continue
            }
            let length = min(scalarLength(lead: b), end - index)
            if whitespaceLength(in: bytes, at: index) == 0 { out.append(contentsOf: bytes[index..<index + length]) }
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The range of `bytes` (valid UTF-8) without leading and trailing whitespace.
    @inlinable
    public static func trimmedRange<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Range<Int>
    where Bytes.Index == Int {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end {
            let length = whitespaceLength(in: bytes, at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = whitespaceLength(in: bytes, before: end)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// `bytes` (valid UTF-8) without leading and trailing whitespace, or nil when there
    /// is none to trim.
    @inlinable
    public static func trimmingWhitespace<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> String?
    where Bytes.Index == Int {
        let range = trimmedRange(bytes)
        if range == bytes.startIndex..<bytes.endIndex { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}

extension String {
    /// The text without `prefix`, when it starts with it.
    public func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
