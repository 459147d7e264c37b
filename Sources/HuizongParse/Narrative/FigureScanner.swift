import HuizongModel

/// A money figure found in narrative text: a decimal number immediately followed by
/// `万元` or `元`.
struct ScannedFigure: Sendable, Hashable {
    /// Byte offset of the figure's first scalar (its sign, when printed with one).
    var start: Int
    /// Byte offset just past the unit (and past a threshold suffix such as `以上`).
    var end: Int
    /// The number as printed (`98`, `1047.65`, `-0.01`, `1,047.65`).
    var printed: String
    /// The exact value, or `nil` when the number has more decimals than the unit can
    /// carry exactly (more than six in 万元, more than two in 元).
    var amount: Amount?
    /// The unit printed after the number.
    var unit: Amount.Unit
    /// True for a threshold such as `20万元以上` / `5万元（含）以下`: not a claim.
    var isThreshold: Bool
}

/// Finds money figures in narrative text (UTF-8 bytes).
///
/// A figure is a decimal number, optionally signed with `-`, `−` or `－` (a sign only
/// when not right after a digit, so `2024-12-31` has none), with ASCII-comma thousands
/// groups allowed (`1,047.65`), immediately followed by `万元` or `元`. Numbers without
/// a unit (`2025年`, `[2023]649号`, `5%`) are not figures.
enum FigureScanner {
    private static let inclusiveMarks = WordList(["（含）", "(含)"])
    private static let thresholdWords = WordList(["及以上", "及以下", "以上", "以下", "以内"])

    /// True when `text` holds `元` (E5 85 83) at all: without it there is no figure.
    static func mayHoldFigures(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { p in
            let n = p.count
            guard n >= 3, let base = p.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var i = 0
            // Sixteen offsets at a time: the bytes at each offset and the two after it
            // compared with E5, 85 and 83 in three vector compares.
            while i &+ 18 <= n {
                let yuan = (ByteLanes.load(raw, i) .== ByteLanes.all(0xE5)) .& (ByteLanes.load(raw, i &+ 1) .== ByteLanes.all(0x85))
                    .& (ByteLanes.load(raw, i &+ 2) .== ByteLanes.all(0x83))
                if ByteLanes.first(yuan) != nil { return true }
                i &+= 16
            }
            while i &+ 3 <= n {
                if p[i] == 0xE5 && p[i &+ 1] == 0x85 && p[i &+ 2] == 0x83 { return true }
                i &+= 1
            }
            return false
        }
    }

    /// Every figure in `text`, in order; the printed numbers are made through `strings`
    /// when given (see ``StringVocabulary``).
    static func figures(in text: [UInt8], strings: StringVocabulary? = nil) -> [ScannedFigure] {
        var figures: [ScannedFigure] = []
        FigureScanner.figures(in: text, strings: strings, into: &figures)
        return figures
    }

    /// ``figures(in:strings:)`` put into `figures` (emptied first, its storage kept, so
    /// the paragraphs of a narrative are read into one array).
    static func figures(in text: [UInt8], strings: StringVocabulary?, into figures: inout [ScannedFigure]) {
        figures.removeAll(keepingCapacity: true)
        guard mayHoldFigures(text) else { return }
        if figures.capacity < 8 { figures.reserveCapacity(8) }
        var index = 0
        let count = text.count
        while index < count {
            let b = text[index]
            // A CJK character (led by E3…E9) can neither start a number nor hold one; nor
            // can the run of text after it up to the next byte that may start one.
            if b >= 0xE3 && b <= 0xE9 { index = nextCandidate(text, from: index &+ 3); continue }
            var digitsStart = index
            let sign = signLength(text, at: index)
            if sign > 0 {
                let afterDigit = index > 0 && (isDigit(text[index - 1]) || text[index - 1] == UInt8(ascii: "."))
                guard !afterDigit, index + sign < count, isDigit(text[index + sign]) else {
                    index += 1; continue
                }
                digitsStart = index + sign
            } else if !isDigit(b) {
                index += 1; continue
            } else if index > 0 && text[index - 1] == UInt8(ascii: ".") {
                // The tail of something like `.5`: not a number on its own.
                index = skipDigits(text, from: index); continue
            }
            let (end, plain) = numberEnd(text, start: index, digitsStart: digitsStart)
            let start = index
            index = end
            guard let (unit, unitEnd) = readUnit(text, at: end) else { continue }
            let (isThreshold, figureEnd) = readThreshold(text, at: unitEnd)
            // The number's own bytes are the text `Amount.parse` reads unless it has group
            // commas or a sign other than `-`: only then is that text made apart.
            let amount: Amount?
            if plain {
                amount = text.withUnsafeBufferPointer { amountValue(UnsafeBufferPointer(rebasing: $0[start..<end]), unit: unit) }
            } else {
                var ascii: [UInt8] = []
                _ = readNumber(text, start: start, digitsStart: digitsStart, ascii: &ascii)
                amount = ascii.withUnsafeBufferPointer { amountValue($0, unit: unit) }
            }
            figures.append(ScannedFigure(
                start: start, end: figureEnd, printed: strings?.string(text, start..<end) ?? text[start..<end].string,
                amount: amount, unit: unit, isThreshold: isThreshold))
            index = figureEnd
        }
    }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The first offset from `start` (a character's start) that holds a byte that may
    /// start a figure — `-` to `9` (the digits, the ASCII sign, `.` and `/`), or E2 or EF
    /// (the leads of `−` and `－`) — read sixteen bytes at a time; at the last sixteen
    /// bytes, the offset reached (which may fall inside a character: the loop steps over
    /// continuation bytes one at a time, as over any byte that starts nothing).
    ///
    /// The scan loop acts only at such bytes, and each starts a character (none is a
    /// continuation byte), which the loop reaches in valid UTF-8 (it steps over every
    /// other character whole or byte by byte): skipping to it leaves the figures found
    /// as they were.
    static func nextCandidate(_ text: [UInt8], from start: Int) -> Int {
        text.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return start }
            let raw = UnsafeRawPointer(base)
            var index = start
            while index &+ 16 <= p.count {
                // `-` to `9` are above 2C and below 3A as signed bytes.
                let x = ByteLanes.load(raw, index)
                let signOrDigit = (x .> ByteLanes.all(0x2C)) .& (x .< ByteLanes.all(0x3A))
                let minus = (x .== ByteLanes.all(0xE2)) .| (x .== ByteLanes.all(0xEF))
                if let lane = ByteLanes.first(signOrDigit .| minus) { return index &+ lane }
                index &+= 16
            }
            return index
        }
    }

    /// The length of the sign at `index`: `-`, `−` (U+2212, E2 88 92) or `－`
    /// (U+FF0D, EF BC 8D); 0 when there is none.
    @inline(__always)
    private static func signLength(_ text: [UInt8], at index: Int) -> Int {
        let b = text[index]
        if b == UInt8(ascii: "-") { return 1 }
        guard b == 0xE2 || b == 0xEF, index + 2 < text.count else { return 0 }
        if b == 0xE2 { return text[index + 1] == 0x88 && text[index + 2] == 0x92 ? 3 : 0 }
        return text[index + 1] == 0xBC && text[index + 2] == 0x8D ? 3 : 0
    }

    private static func skipDigits(_ text: [UInt8], from start: Int) -> Int {
        var index = start
        while index < text.count && isDigit(text[index]) { index += 1 }
        return index
    }

    /// The value of the number text `digits` (as ``readNumber(_:start:digitsStart:ascii:)``
    /// makes it) in `unit`, or nil when it has more decimals than the unit carries.
    private static func amountValue(_ digits: UnsafeBufferPointer<UInt8>, unit: Amount.Unit) -> Amount? {
        // The usual 万元 figure (`1047.65`) read at once, to the value `Amount.parse` gives
        // it (see ``DocumentParser/plainAmount(_:maxDecimals:)``).
        if unit == .wanYuan, let value = DocumentParser.plainAmount(digits, maxDecimals: unit.maxExactDecimals) { return value }
        if case .success(let value) = Amount.parse(utf8: digits, unit: unit, maxDecimals: unit.maxExactDecimals) { return value }
        return nil
    }

    /// The end of the number `[sign]digits[,ddd]*[.digits]` starting at `start` (read as
    /// ``readNumber(_:start:digitsStart:ascii:)`` reads it), and whether its bytes are
    /// the text that reads it makes: no group comma, and no sign or the sign `-`.
    private static func numberEnd(_ text: [UInt8], start: Int, digitsStart: Int) -> (end: Int, plain: Bool) {
        var plain = digitsStart == start || (digitsStart == start + 1 && text[start] == UInt8(ascii: "-"))
        var index = digitsStart
        while index < text.count {
            let b = text[index]
            if isDigit(b) {
                index += 1
            } else if b == UInt8(ascii: ",") && isThousandsGroup(text, comma: index) {
                plain = false
                index += 1
            } else {
                break
            }
        }
        if index + 1 < text.count && text[index] == UInt8(ascii: ".") && isDigit(text[index + 1]) {
            index += 1
            while index < text.count && isDigit(text[index]) { index += 1 }
        }
        return (index, plain)
    }

    /// Reads `[sign]digits[,ddd]*[.digits]` starting at `start`; returns its end and
    /// puts into `ascii` the text `Amount.parse` accepts (sign as `-`, no group commas).
    private static func readNumber(_ text: [UInt8], start: Int, digitsStart: Int, ascii: inout [UInt8]) -> Int {
        ascii.removeAll(keepingCapacity: true)
        if digitsStart > start { ascii.append(UInt8(ascii: "-")) }
        var index = digitsStart
        while index < text.count {
            let b = text[index]
            if isDigit(b) {
                ascii.append(b); index += 1
            } else if b == UInt8(ascii: ",") && isThousandsGroup(text, comma: index) {
                index += 1
            } else {
                break
            }
        }
        if index + 1 < text.count && text[index] == UInt8(ascii: ".") && isDigit(text[index + 1]) {
            ascii.append(UInt8(ascii: "."))
            index += 1
            while index < text.count && isDigit(text[index]) {
                ascii.append(text[index]); index += 1
            }
        }
        return index
    }

    /// True when the comma at `comma` is followed by exactly three digits.
    private static func isThousandsGroup(_ text: [UInt8], comma: Int) -> Bool {
        var offset = 1
        while offset <= 3 {
            guard comma + offset < text.count, isDigit(text[comma + offset]) else { return false }
            offset += 1
        }
        let after = comma + 4
        return after >= text.count || !isDigit(text[after])
    }

    /// The unit printed at `index` and the offset past it, or `nil`.
    ///
    /// `万` is E4 B8 87 and `元` E5 85 83: compared byte by byte, without a word list.
    @inline(__always)
    private static func readUnit(_ text: [UInt8], at index: Int) -> (Amount.Unit, Int)? {
        let count = text.count
        guard index &+ 3 <= count else { return nil }
        if text[index] == 0xE5 {
            return text[index &+ 1] == 0x85 && text[index &+ 2] == 0x83 ? (.yuan, index &+ 3) : nil
        }
        guard text[index] == 0xE4, index &+ 6 <= count, text[index &+ 1] == 0xB8, text[index &+ 2] == 0x87,
              text[index &+ 3] == 0xE5, text[index &+ 4] == 0x85, text[index &+ 5] == 0x83 else { return nil }
        return (.wanYuan, index &+ 6)
    }

    /// Whether a threshold word (`以上`, `以下`, `以内`, optionally after `（含）`) follows
    /// the unit, and the offset past it.
    private static func readThreshold(_ text: [UInt8], at index: Int) -> (Bool, Int) {
        // Most figures are followed by neither: a threshold word starts with `以` (E4) or
        // `及` (E5), an inclusive mark with `(` or `（` (EF BC 88).
        guard index < text.count else { return (false, index) }
        switch text[index] {
        case 0xE4, 0xE5, UInt8(ascii: "("): break
        case 0xEF: if index &+ 2 < text.count && text[index &+ 1] == 0xBC && text[index &+ 2] == 0x88 { break } else { return (false, index) }
        default: return (false, index)
        }
        var probe = index
        if let mark = inclusiveMarks.firstMatch(in: text, at: probe) { probe += inclusiveMarks.length(mark) }
        if let word = thresholdWords.firstMatch(in: text, at: probe) { return (true, probe + thresholdWords.length(word)) }
        return (false, index)
    }
}
