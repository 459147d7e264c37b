import HuizongModel

/// Producing key bytes (see ``LabelKey``) from UTF-8 text, forwards and backwards.
extension LabelKey {
    /// Gives `body` each key byte of the cell's text, all its lines read as one text;
    /// stops and returns false as soon as `body` does.
    @inline(__always)
    static func forEachKeyByte(_ cell: Cell, in text: SourceText, _ body: (UInt8) -> Bool) -> Bool {
        let bytes = text.bytes
        guard forEachKeyByte(bytes, cell.range, body) else { return false }
        for line in cell.moreLines { guard forEachKeyByte(bytes, text.cellRange(line), body) else { return false } }
        return true
    }

    /// Gives `body` each key byte of `text[range]`; stops and returns false as soon as
    /// `body` does.
    @inline(__always)
    static func forEachKeyByte(_ text: [UInt8], _ range: Range<Int>, _ body: (UInt8) -> Bool) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let b = text[index]
            if b < 0x80 {
                index += 1
                switch b {
                case 0x20, 0x09...0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"): continue
                case UInt8(ascii: ":"): guard body(0xEF), body(0xBC), body(0x9A) else { return false }
                case UInt8(ascii: "("): guard body(0xEF), body(0xBC), body(0x88) else { return false }
                case UInt8(ascii: ")"): guard body(0xEF), body(0xBC), body(0x89) else { return false }
                default: guard body(b) else { return false }
                }
                continue
            }
            let stop = min(index + (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2), end)
            if isDropped(text, index, stop) { index = stop; continue }
            while index < stop {
                guard body(text[index]) else { return false }
                index += 1
            }
        }
        return true
    }

    /// Gives `body` each key byte of `text[range]` (valid UTF-8), last first; stops and
    /// returns false as soon as `body` does.
    @inline(__always)
    static func forEachKeyByteBackward(_ text: [UInt8], _ range: Range<Int>, _ body: (UInt8) -> Bool) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let last = text[end - 1]
            if last < 0x80 {
                end -= 1
                switch last {
                case 0x20, 0x09...0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"): continue
                case UInt8(ascii: ":"): guard body(0x9A), body(0xBC), body(0xEF) else { return false }
                case UInt8(ascii: "("): guard body(0x88), body(0xBC), body(0xEF) else { return false }
                case UInt8(ascii: ")"): guard body(0x89), body(0xBC), body(0xEF) else { return false }
                default: guard body(last) else { return false }
                }
                continue
            }
            var start = end - 1
            while start > range.lowerBound && text[start] & 0xC0 == 0x80 { start -= 1 }
            if isDropped(text, start, end) { end = start; continue }
            while end > start {
                guard body(text[end - 1]) else { return false }
                end -= 1
            }
        }
        return true
    }

    /// Whether the scalar `text[start..<stop]` (not ASCII) is left out of keys: a
    /// whitespace scalar, or one of “ ” ‘ ’ 「 」.
    @inline(__always)
    private static func isDropped(_ text: [UInt8], _ start: Int, _ stop: Int) -> Bool {
        let b = text[start]
        if stop - start == 3 && (b == 0xE1 || b == 0xE2 || b == 0xE3) {
            let b1 = text[start + 1], b2 = text[start + 2]
            if UTF8Whitespace.isWhitespace(b, b1, b2) { return true }
            if b == 0xE2 && b1 == 0x80 { return b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x99 }
            if b == 0xE3 && b1 == 0x80 { return b2 == 0x8C || b2 == 0x8D }
            return false
        }
        if stop - start == 2 && b == 0xC2 {
            let b1 = text[start + 1]
            return b1 == 0x85 || b1 == 0xA0
        }
        return false
    }

    /// True when `bytes[range]` holds a CJK compatibility ideograph (U+F900–U+FAFF:
    /// EF A4…AB, U+2F800–U+2FA1F: F0 AF A0…A8): `String` comparison equates those with
    /// other ideographs.
    static func hasCompatibilityIdeograph(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        // Skip eight bytes at a time while none is EF or above (the lead bytes looked for).
        bytes.withUnsafeBytes { raw in
            while index + 8 <= range.upperBound {
                let w = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 of a byte is set here exactly when the byte is EF…FF.
                let high = ((w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x1111_1111_1111_1111) & w & 0x8080_8080_8080_8080
                if high != 0 { break }
                index += 8
            }
        }
        while index + 1 < range.upperBound {
            let b = bytes[index]
            if b == 0xEF {
                let next = bytes[index + 1]
                if next >= 0xA4 && next <= 0xAB { return true }
            } else if b == 0xF0 && bytes[index + 1] == 0xAF && index + 2 < range.upperBound {
                let next = bytes[index + 2]
                if next >= 0xA0 && next <= 0xA8 { return true }
            }
            index += 1
        }
        return false
    }

    /// True when any line of the cell holds a CJK compatibility ideograph.
    static func hasCompatibilityIdeograph(_ cell: Cell, in text: SourceText) -> Bool {
        if hasCompatibilityIdeograph(text.bytes, cell.range) { return true }
        return cell.moreLines.contains { hasCompatibilityIdeograph(text.bytes, text.cellRange($0)) }
    }

    /// Whether `bytes[range]` holds a scalar led by D8…DF, E0 or F0: every scalar with
    /// Grapheme_Cluster_Break=Prepend (U+0600…, U+0890…, U+0D4E, U+110BD…) is among those.
    /// Eight bytes at a time (a performance title, read whole, cost five instructions a
    /// byte one by one).
    static func mayHoldPrependScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                if mayHoldPrependLead(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
                index += 8
            }
            while index < range.upperBound {
                let b = p[index]
                if b &- 0xD8 <= 8 || b == 0xF0 { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether a byte of `w` is D8…E0 or F0 (each byte on its own: no sum below carries
    /// into the next byte).
    @inline(__always)
    static func mayHoldPrependLead(_ w: UInt64) -> Bool {
        let low7 = w & 0x7F7F_7F7F_7F7F_7F7F
        // Bit 7 of a byte set exactly when the byte is D8 or above, E1 or above.
        let fromD8 = (low7 &+ 0x2828_2828_2828_2828) & w
        let fromE1 = (low7 &+ 0x1F1F_1F1F_1F1F_1F1F) & w
        // Bit 7 of a byte set exactly when the byte is F0.
        let f0 = w ^ 0xF0F0_F0F0_F0F0_F0F0
        let isF0 = ~(((f0 & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | f0)
        return ((fromD8 & ~fromE1) | isF0) & 0x8080_8080_8080_8080 != 0
    }

    /// True when any line of the cell may hold a Prepend scalar.
    static func mayHoldPrependScalar(_ cell: Cell, in text: SourceText) -> Bool {
        if mayHoldPrependScalar(text.bytes, cell.range) { return true }
        return cell.moreLines.contains { mayHoldPrependScalar(text.bytes, text.cellRange($0)) }
    }
}
