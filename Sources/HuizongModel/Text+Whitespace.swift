extension StringProtocol {
    /// The text without any whitespace (ASCII, full-width U+3000, no-break space U+00A0,
    /// other Unicode spaces): how headers and labels are compared (`科目    编码` = `科目编码`).
    public var removingWhitespace: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var changed = false
        var iterator = utf8.makeIterator()
        var pending: [UInt8] = []
        while let b = iterator.next() {
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { changed = true; continue }
                bytes.append(b); continue
            }
            // Multi-byte sequence: collect it, then test the few whitespace scalars there are.
            pending.removeAll(keepingCapacity: true)
            pending.append(b)
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            for _ in 1..<length { if let c = iterator.next() { pending.append(c) } }
            if UTF8Whitespace.isWhitespace(pending) { changed = true; continue }
            bytes.append(contentsOf: pending)
        }
        if !changed, let string = self as? String { return string }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with leading and trailing whitespace removed (full-width and no-break too).
    public var trimmingAllWhitespace: String {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}

/// Byte-level tests for the non-ASCII whitespace of Chinese documents.
public enum UTF8Whitespace {
    /// True for the UTF-8 encoding of a Unicode whitespace scalar outside ASCII:
    /// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    @inlinable
    public static func isWhitespace(_ s: [UInt8]) -> Bool {
        switch s.count {
        case 2: return s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)
        case 3:
            if s[0] == 0xE3 { return s[1] == 0x80 && s[2] == 0x80 }
            if s[0] == 0xE2 && s[1] == 0x80 { return (s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF }
            if s[0] == 0xE2 && s[1] == 0x81 { return s[2] == 0x9F }
            if s[0] == 0xE1 { return s[1] == 0x9A && s[2] == 0x80 }
            return false
        default: return false
        }
    }
}

extension String {
    /// The text without `prefix`, when it starts with it.
    public func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
