/// One line of the text: its content (without surrounding ASCII spaces and tabs, and in
/// the pipe layout without a cell's ` |` marker) and what kind of line it is.
struct SourceLine {
    /// Offset of the first content byte.
    var start: Int
    /// Offset just past the last content byte.
    var end: Int
    var kind: LineKind

    /// The content bytes.
    var range: Range<Int> { start..<end }
}

/// What one pass over the bytes of a file found: whether they are valid UTF-8, how many
/// control bytes they hold, and each line with its kind in the tab layout.
///
/// Decoding, line splitting and classifying share this pass: for a UTF-8 file (the usual
/// case) every byte is looked at once.
struct TextScan {
    /// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    var isValidUTF8 = true
    /// Bytes below 0x20 other than TAB, LF, CR and FF.
    var controlCount = 0
    /// True when a NUL byte was seen.
    var hasNUL = false
    /// True when every byte is a space, TAB, LF or CR (or there are none).
    var isOnlyWhitespace = true
    /// The lines, ended by LF, CR or CRLF (a last line without an end counts), classified
    /// for the tab layout; empty when the bytes are not valid UTF-8.
    var lines: [SourceLine] = []
    /// Lines starting with a TAB.
    var tabLines = 0
    /// Non-blank lines ending in `|`.
    var pipeLines = 0

    /// Scans `bytes`. When they are not valid UTF-8 the scan stops early; only
    /// `isOnlyWhitespace` and `hasNUL` are then still complete.
    init(_ bytes: [UInt8]) {
        isOnlyWhitespace = !bytes.contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        // Most files average more than eight bytes a line; others are scanned again with
        // room for a line per byte.
        for capacity in [bytes.count / 8 + 16, bytes.count + 1] {
            var outcome = Outcome.full
            let lines = [SourceLine](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                outcome = bytes.withUnsafeBufferPointer { scan($0, into: buffer) }
                if case .lines(let count) = outcome { initialized = count } else { initialized = 0 }
            }
            switch outcome {
            case .lines:
                self.lines = lines
                return
            case .invalid:
                isValidUTF8 = false
                hasNUL = bytes.contains(0)
                return
            case .full:
                continue
            }
        }
    }

    /// How a scan ended.
    private enum Outcome { case lines(Int), invalid, full }

    /// The pass itself: stops at the first byte that is not valid UTF-8, or when `lines`
    /// is full.
    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, into lines: UnsafeMutableBufferPointer<SourceLine>) -> Outcome {
        let n = p.count
        var i = 0
        var lineStart = 0
        var count = 0
        var controls = 0, tabs = 0, pipes = 0
        var nul = false
        defer {
            controlCount = controls
            hasNUL = nul
            tabLines = tabs
            pipeLines = pipes
        }

        guard let start = p.baseAddress else { return .lines(0) }
        let base = UnsafeRawPointer(start)
        let capacity = lines.count
        while i < n {
            let b = p[i]
            if b >= 0x80 {
                // The usual case, a run of CJK characters: five at a time (one vector test)
                // while every lead byte is E1…EC or EE…EF, each followed by two continuation
                // bytes, then the rest of the run counted in the next 16 bytes.
                while i &+ 16 <= n && TextScan.fiveCJK(base + i) { i &+= 15 }
                if i &+ 16 <= n {
                    i &+= 3 &* TextScan.leadingCJK(base + i)
                } else {
                    while i &+ 8 <= n && TextScan.twoCJK(base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian) {
                        i &+= 6
                    }
                }
                guard i < n else { break }
                let b = p[i]
                if b < 0x80 { continue }
                // One CJK character: E1…EC or EE…EF and two continuation bytes.
                if b &- 0xE1 < 0x0F && b != 0xED && i &+ 2 < n {
                    let pair = UInt16(p[i &+ 1]) | UInt16(p[i &+ 2]) << 8
                    if pair & 0xC0C0 == 0x8080 { i &+= 3; continue }
                }
                let length = TextScan.validSequenceLength(p, at: i)
                if length == 0 { return .invalid }
                i &+= length
                continue
            }
            if b >= 0x20 {
                // Printable ASCII and spaces need nothing: skip them eight at a time, up to
                // the first byte that is not ASCII or is below 0x20 (the lowest flag of
                // each test is exact; the byte at `i` is never flagged).
                guard i &+ 8 <= n else { i &+= 1; continue }
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                let special = (w & 0x8080_8080_8080_8080) | ((w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080)
                i &+= special == 0 ? 8 : special.trailingZeroBitCount &>> 3
                continue
            }
            if b == 0x09 {
                i &+= 1
                continue
            }
            if b == 0x0A {
                guard count < capacity else { return .full }
                lines[count] = TextScan.line(p, lineStart, i, tabs: &tabs, pipes: &pipes)
                count &+= 1
                lineStart = i &+ 1
                // Blank lines and empty tab cells (half the lines of a table) are taken
                // here at once, without going round the loop for each of their bytes; the
                // TAB that starts a cell line is stepped over here too.
                while lineStart < n {
                    let first = p[lineStart]
                    let end: Int
                    if first == 0x0A {
                        end = lineStart
                        guard count < capacity else { return .full }
                        lines[count] = SourceLine(start: lineStart, end: lineStart, kind: .blank)
                    } else if first == 0x09 {
                        // The byte after the TAB tells which of the usual cells it can start.
                        let second = lineStart &+ 1 < n ? p[lineStart &+ 1] : 0
                        if second == 0x0A {
                            end = lineStart &+ 1
                            guard count < capacity else { return .full }
                            tabs &+= 1
                            lines[count] = SourceLine(start: end, end: end, kind: .cell)
                        } else if second < 0x80, let cellEnd = TextScan.shortASCIICellEnd(p, tab: lineStart) {
                            // A short cell of printable ASCII (`1023.59`, half the lines
                            // of a table) taken whole from one word.
                            end = cellEnd
                            guard count < capacity else { return .full }
                            tabs &+= 1
                            if p[end &- 1] == UInt8(ascii: "|") { pipes &+= 1 }
                            lines[count] = SourceLine(start: lineStart &+ 1, end: end, kind: .cell)
                        } else if second >= 0x80, let cellEnd = TextScan.cjkCellEnd(p, tab: lineStart) {
                            // A cell of CJK characters only (`一般公共服务支出`), its
                            // characters validated as the loop below validates them.
                            end = cellEnd
                            guard count < capacity else { return .full }
                            tabs &+= 1
                            lines[count] = SourceLine(start: lineStart &+ 1, end: end, kind: .cell)
                        } else {
                            i = lineStart
                            break
                        }
                    } else {
                        break
                    }
                    count &+= 1
                    i = end
                    lineStart = end &+ 1
                }
            } else if b == 0x0D {
                guard count < capacity else { return .full }
                lines[count] = TextScan.line(p, lineStart, i, tabs: &tabs, pipes: &pipes)
                count &+= 1
                if i &+ 1 < n && p[i &+ 1] == 0x0A { i &+= 1 }
                lineStart = i &+ 1
            } else if b != 0x0C {
                controls &+= 1
                if b == 0 { nul = true }
            }
            i &+= 1
        }
        if lineStart < n {
            guard count < capacity else { return .full }
            lines[count] = TextScan.line(p, lineStart, n, tabs: &tabs, pipes: &pipes)
            count &+= 1
        }
        return .lines(count)
    }

    /// The end (the offset of its LF) of the cell line starting with the TAB at `tab`
    /// when its content is one to seven bytes of printable ASCII, neither starting nor
    /// ending with a space, followed by LF: the line ``line(_:_:_:tabs:pipes:)`` makes
    /// into that content, read here from one word. Nil for any other line.
    @inline(__always)
    private static func shortASCIICellEnd(_ p: UnsafeBufferPointer<UInt8>, tab: Int) -> Int? {
        let start = tab &+ 1
        guard start &+ 8 <= p.count else { return nil }
        let w = UnsafeRawPointer(p.baseAddress! + start).loadUnaligned(as: UInt64.self).littleEndian
        // Bytes of 0x80 or more, or below 0x20: the lowest flag is exact.
        let special = (w & 0x8080_8080_8080_8080) | ((w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080)
        guard special != 0 else { return nil }
        let length = special.trailingZeroBitCount &>> 3
        let end = start &+ length
        guard length > 0, p[end] == 0x0A, p[start] != 0x20, p[end &- 1] != 0x20 else { return nil }
        return end
    }

    /// The end (the offset of its LF) of the cell line starting with the TAB at `tab`
    /// when its content is one or more three-byte characters led by E1…EC or EE…EF (the
    /// usual CJK text, always valid UTF-8 and never trimmed by ``line(_:_:_:tabs:pipes:)``)
    /// followed by LF. Nil for any other line, which the main loop then reads.
    @inline(__always)
    private static func cjkCellEnd(_ p: UnsafeBufferPointer<UInt8>, tab: Int) -> Int? {
        let n = p.count
        let base = UnsafeRawPointer(p.baseAddress!)
        var j = tab &+ 1
        while j &+ 16 <= n && fiveCJK(base + j) { j &+= 15 }
        if j &+ 16 <= n {
            // The character after these is not one of the usual ones.
            j &+= 3 &* leadingCJK(base + j)
        } else {
            while j &+ 8 <= n && twoCJK(base.loadUnaligned(fromByteOffset: j, as: UInt64.self).littleEndian) { j &+= 6 }
            while j &+ 2 < n {
                let b = p[j]
                guard b &- 0xE1 < 0x0F && b != 0xED else { break }
                let pair = UInt16(p[j &+ 1]) | UInt16(p[j &+ 2]) << 8
                guard pair & 0xC0C0 == 0x8080 else { break }
                j &+= 3
            }
        }
        guard j > tab &+ 1, j < n, p[j] == 0x0A else { return nil }
        return j
    }

    /// The line from `lineStart` to `end`: its content without surrounding spaces and TABs
    /// (and the TAB that marks a cell), and its kind for the tab layout; counts it in
    /// `tabs` when it starts with a TAB and in `pipes` when its content ends in `|`.
    @inline(__always)
    private static func line(_ p: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ end: Int,
                             tabs: inout Int, pipes: inout Int) -> SourceLine {
        let startsWithTab = lineStart < end && p[lineStart] == 0x09
        var s = startsWithTab ? lineStart &+ 1 : lineStart, e = end
        while s < e && (p[s] == 0x20 || p[s] == 0x09) { s &+= 1 }
        while e > s && (p[e &- 1] == 0x20 || p[e &- 1] == 0x09) { e &-= 1 }
        if startsWithTab { tabs &+= 1 }
        if s != e && p[e &- 1] == UInt8(ascii: "|") { pipes &+= 1 }
        return SourceLine(start: s, end: e, kind: startsWithTab ? .cell : s == e ? .blank : .text)
    }

    /// Whether the first six of the eight bytes `w` (little-endian) are two valid
    /// three-byte characters led by E1…EC or EE…EF (E0 may be overlong, ED a surrogate:
    /// those take the slow path).
    @inline(__always)
    private static func twoCJK(_ w: UInt64) -> Bool {
        guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { return false }
        // The low nibbles of the two lead bytes (bytes 0 and 3), and the same made 0 where
        // they are D: adding 7F to a byte 0…15 sets its bit 7 exactly when it is not 0, so
        // both bits 7 of both sums are set exactly when neither nibble is 0 or D.
        let nibbles = w & 0x0F00_000F
        let notZero = nibbles &+ 0x7F00_007F
        let notD = (nibbles ^ 0x0D00_000D) &+ 0x7F00_007F
        return notZero & notD & 0x8000_0080 == 0x8000_0080
    }

    /// Whether the first 15 of the 16 bytes at `at` are five valid three-byte characters
    /// led by E1…EC or EE…EF, tested with one vector compare per rule (SSE2).
    @inline(__always)
    private static func fiveCJK(_ at: UnsafeRawPointer) -> Bool {
        let bad = cjkLaneFaults(at)
        return bad[0] | (bad[1].littleEndian & 0x00FF_FFFF_FFFF_FFFF) == 0
    }

    /// How many valid three-byte characters led by E1…EC or EE…EF the 16 bytes at `at`
    /// start with (0 to 5).
    @inline(__always)
    private static func leadingCJK(_ at: UnsafeRawPointer) -> Int {
        let bad = cjkLaneFaults(at)
        // The first faulty lane; the 16th byte is never part of the five characters.
        let low = bad[0].littleEndian, high = bad[1].littleEndian
        let lanes = low != 0 ? low.trailingZeroBitCount &>> 3
                             : 8 &+ (high | 0xFF00_0000_0000_0000).trailingZeroBitCount &>> 3
        return (lanes &* 11) &>> 5  // lanes / 3 for 0...15
    }

    /// The bytes among the first 15 at `at` that break the pattern of five three-byte
    /// characters led by E1…EC or EE…EF, as lanes of 0xFF (the 16th lane is any value).
    ///
    /// The 16 bytes are compared as signed bytes with two bounds per lane, in three SSE2
    /// compares: a lead must be E1…EF (−31…−17) and not ED (−19), a continuation 80…BF
    /// (−128…−65). E0 (may be overlong) and ED (may be a surrogate) are left to the exact
    /// validator.
    @inline(__always)
    private static func cjkLaneFaults(_ at: UnsafeRawPointer) -> SIMD2<UInt64> {
        typealias Lanes = SIMD16<Int8>
        // Lane constants written as two words, lane 0 in the low byte of `low`: a 16-lane
        // literal is built lane by lane at run time, two words are one constant load.
        @inline(__always) func lanes(_ low: UInt64, _ high: UInt64) -> Lanes {
            unsafeBitCast(SIMD2<UInt64>(low.littleEndian, high.littleEndian), to: Lanes.self)
        }
        let x = at.loadUnaligned(as: Lanes.self)
        // Upper bounds (exclusive): F0 for a lead, C0 for a continuation; lower bounds
        // (inclusive): E1 and 80; and ED where a lead is. The 16th lane: 7F, 80, 01.
        let belowTop = x .< lanes(0xC0F0_C0C0_F0C0_C0F0, 0x7FC0_C0F0_C0C0_F0C0)
        let belowBottom = x .< lanes(0x80E1_8080_E180_80E1, 0x8080_80E1_8080_E180)
        let ed = x .== lanes(0x01ED_0101_ED01_01ED, 0x0101_01ED_0101_ED01)
        return unsafeBitCast(.!belowTop .| belowBottom .| ed, to: SIMD2<UInt64>.self)
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
