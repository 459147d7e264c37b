/// What one pass over the bytes of a file found: whether they are valid UTF-8, how many
/// control bytes they hold, whether they are whitespace only, and where each line is.
///
/// Decoding and line splitting share this pass: for a UTF-8 file (the usual case) every
/// byte is looked at once.
struct TextScan {
    /// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    var isValidUTF8 = true
    /// Bytes below 0x20 other than TAB, LF, CR and FF.
    var controlCount = 0
    /// True when a NUL byte was seen.
    var hasNUL = false
    /// True when every byte is a space, TAB, LF or CR (or there are none).
    var isOnlyWhitespace = true
    /// Start offset of each line; filled only for valid UTF-8.
    var lineStarts: [Int] = []
    /// End offset of each line, before its CR, LF or CRLF; filled only for valid UTF-8.
    var lineEnds: [Int] = []

    /// Scans `bytes`. Lines end at LF, CR or CRLF; a last line without an end counts.
    /// When the bytes are not valid UTF-8 the scan stops early; only `hasNUL` is then
    /// still complete.
    init(_ bytes: [UInt8]) {
        lineStarts.reserveCapacity(bytes.count / 12 + 1)
        lineEnds.reserveCapacity(bytes.count / 12 + 1)
        let valid = bytes.withUnsafeBufferPointer { scan($0) }
        if !valid {
            isValidUTF8 = false
            hasNUL = bytes.contains(0)
            lineStarts = []
            lineEnds = []
        }
    }

    /// The pass itself; false at the first byte that is not valid UTF-8.
    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        var lineStart = 0
        var onlyWhitespace = true
        var controls = 0
        var nul = false
        defer {
            isOnlyWhitespace = onlyWhitespace
            controlCount = controls
            hasNUL = nul
        }
        while i < n {
            let b = p[i]
            if b >= 0x21 && b < 0x80 {
                onlyWhitespace = false
                i += 1
                continue
            }
            if b < 0x80 {
                switch b {
                case 0x0A:
                    lineStarts.append(lineStart); lineEnds.append(i)
                    lineStart = i + 1
                case 0x0D:
                    lineStarts.append(lineStart); lineEnds.append(i)
                    if i + 1 < n && p[i + 1] == 0x0A { i += 1 }
                    lineStart = i + 1
                case 0x20, 0x09:
                    break
                case 0x0C:
                    onlyWhitespace = false
                default:
                    onlyWhitespace = false
                    controls += 1
                    if b == 0 { nul = true }
                }
                i += 1
                continue
            }
            onlyWhitespace = false
            let length = TextScan.validSequenceLength(p, at: i)
            if length == 0 { return false }
            i += length
        }
        if lineStart < n { lineStarts.append(lineStart); lineEnds.append(n) }
        return true
    }

    /// The length of the valid multi-byte UTF-8 sequence starting at `i`, or 0.
    @inline(__always)
    private static func validSequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        let b = p[i]
        if b >= 0xE0 && b <= 0xEF {
            guard i + 2 < n else { return 0 }
            let c1 = p[i + 1], c2 = p[i + 2]
            guard c2 & 0xC0 == 0x80 else { return 0 }
            switch b {
            case 0xE0: return c1 >= 0xA0 && c1 <= 0xBF ? 3 : 0
            case 0xED: return c1 >= 0x80 && c1 <= 0x9F ? 3 : 0
            default: return c1 & 0xC0 == 0x80 ? 3 : 0
            }
        }
        if b >= 0xC2 && b <= 0xDF {
            guard i + 1 < n else { return 0 }
            return p[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b >= 0xF0 && b <= 0xF4 {
            guard i + 3 < n else { return 0 }
            let c1 = p[i + 1]
            guard p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return 0 }
            switch b {
            case 0xF0: return c1 >= 0x90 && c1 <= 0xBF ? 4 : 0
            case 0xF4: return c1 >= 0x80 && c1 <= 0x8F ? 4 : 0
            default: return c1 & 0xC0 == 0x80 ? 4 : 0
            }
        }
        return 0
    }
}

extension TextScan {
    /// Bytes below 0x20 other than TAB, LF, CR and FF, counted whatever the encoding.
    static func controlCount(_ bytes: [UInt8]) -> Int {
        var controls = 0
        for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        return controls
    }
}
