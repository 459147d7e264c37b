/// Reading and printing amounts as decimal text.
extension Amount {
    /// The unit a printed figure is in.
    public enum Unit: String, Sendable, Codable, CaseTagHashable {
        /// 万元: the unit of every budget table.
        case wanYuan = "万元"
        /// 元: used by some performance indicators.
        case yuan = "元"

        /// 分 in one of this unit.
        public var fenPerUnit: Int64 { self == .wanYuan ? Amount.fenPerWan : Amount.fenPerYuan }
        /// Most decimals a figure in this unit can carry exactly.
        public var maxExactDecimals: Int { self == .wanYuan ? 6 : 2 }
    }

    /// Why a text is not an amount.
    public enum TextProblem: Error, Sendable, Hashable {
        /// Not a decimal number at all (`1O47.65`).
        case notANumber
        /// More decimals than allowed (`1047.655` in a table of two decimals).
        case tooManyDecimals(found: Int, allowed: Int)
        /// Beyond what 64 bits of 分 hold.
        case outOfRange
    }

    /// Parses decimal text in `unit`: optional sign (`-`, `−`, `+`), digits, optional
    /// `.` and at most `maxDecimals` decimals. Works on UTF-8 bytes, no allocation.
    @inlinable
    public static func parse<Bytes: Collection<UInt8>>(
        utf8 bytes: Bytes, unit: Unit = .wanYuan, maxDecimals: Int = 2
    ) -> Result<Amount, TextProblem> {
        if let result = bytes.withContiguousStorageIfAvailable({ parse(utf8: $0, unit: unit, maxDecimals: maxDecimals) }) {
            return result
        }
        return Array(bytes).withUnsafeBufferPointer { parse(utf8: $0, unit: unit, maxDecimals: maxDecimals) }
    }

    /// Parses decimal text in `unit` from contiguous UTF-8 bytes (see
    /// the generic `parse(utf8:unit:maxDecimals:)`): the non-generic fast path.
    public static func parse(
        utf8 bytes: UnsafeBufferPointer<UInt8>, unit: Unit = .wanYuan, maxDecimals: Int = 2
    ) -> Result<Amount, TextProblem> {
        var negative = false
        var integer: Int64 = 0
        var fraction: Int64 = 0
        var decimals = 0
        var digitsSeen = 0
        var inFraction = false
        var index = 0
        let end = bytes.count
        let maxExact = unit.maxExactDecimals
        // Optional sign: ASCII - or +, or U+2212 MINUS SIGN (E2 88 92).
        if index != end {
            let b = bytes[index]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                negative = b == UInt8(ascii: "-"); index += 1
            } else if b == 0xE2 {
                guard index + 1 != end, bytes[index + 1] == 0x88 else { return .failure(.notANumber) }
                guard index + 2 != end, bytes[index + 2] == 0x92 else { return .failure(.notANumber) }
                negative = true; index += 3
            }
        }
        while index != end {
            let b = bytes[index]
            if b >= 0x30 && b <= 0x39 {
                let digit = Int64(b &- 0x30)
                if inFraction {
                    decimals += 1
                    if decimals <= maxExact { fraction = fraction * 10 + digit }
                } else {
                    let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(digit)
                    if o1 || o2 { return .failure(.outOfRange) }
                    integer = s
                }
                digitsSeen += 1
            } else if b == UInt8(ascii: ".") && !inFraction {
                inFraction = true
            } else {
                return .failure(.notANumber)
            }
            index += 1
        }
        if digitsSeen == 0 || (inFraction && decimals == 0) { return .failure(.notANumber) }
        let allowed = min(maxDecimals, maxExact)
        if decimals > allowed { return .failure(.tooManyDecimals(found: decimals, allowed: allowed)) }
        var scale: Int64 = 1
        for _ in 0..<(maxExact - min(decimals, maxExact)) { scale *= 10 }
        let perUnit = unit.fenPerUnit
        let (whole, o1) = integer.multipliedReportingOverflow(by: perUnit)
        if o1 { return .failure(.outOfRange) }
        // fraction has `decimals` digits; scale it to maxExactDecimals, which equals 分.
        let (fen, o2) = whole.addingReportingOverflow(fraction * scale)
        if o2 || fen > Amount.maxMagnitudeFen { return .failure(.outOfRange) }
        return .success(Amount(fen: negative ? -fen : fen))
    }

    /// Parses a `String` (see ``parse(utf8:unit:maxDecimals:)``).
    public static func parse(_ text: String, unit: Unit = .wanYuan, maxDecimals: Int = 2) -> Result<Amount, TextProblem> {
        text.withBorrowedUTF8 { parse(utf8: $0, unit: unit, maxDecimals: maxDecimals) }
    }

    /// A 万元 amount from text with at most two decimals; traps on bad text (for tests and literals).
    public init(_ text: String) {
        switch Amount.parse(text, unit: .wanYuan, maxDecimals: 6) {
        case .success(let value): self = value
        case .failure(let problem): preconditionFailure("not an amount: \(text) (\(problem))")
        }
    }

    /// Decimal text in `unit` with at least `minimumDecimals` decimals, more only when
    /// the amount is finer than that (never rounds): `1047.65`, `-0.10`, `568.039436`.
    public func text(in unit: Unit = .wanYuan, minimumDecimals: Int = 2) -> String {
        withText(in: unit, minimumDecimals: minimumDecimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of ``text(in:minimumDecimals:)``, held in a
    /// temporary buffer: writers append them to their output without making a `String`.
    public func withText<Result>(in unit: Unit = .wanYuan, minimumDecimals: Int = 2,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let perUnit = UInt64(unit.fenPerUnit)
        let absolute = fen.magnitude
        var whole = absolute / perUnit
        var remainder = absolute % perUnit
        var decimals = unit.maxExactDecimals
        // Drop trailing zero decimals down to the minimum.
        while decimals > minimumDecimals && remainder % 10 == 0 { remainder /= 10; decimals -= 1 }
        // Digits written right to left into a small buffer: no intermediate strings.
        let capacity = 48
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var start = capacity
            for _ in 0..<decimals { start -= 1; buffer[start] = 0x30 + UInt8(remainder % 10); remainder /= 10 }
            if decimals > 0 { start -= 1; buffer[start] = UInt8(ascii: ".") }
            repeat { start -= 1; buffer[start] = 0x30 + UInt8(whole % 10); whole /= 10 } while whole > 0
            if fen < 0 { start -= 1; buffer[start] = UInt8(ascii: "-") }
            return body(UnsafeBufferPointer(rebasing: buffer[start..<capacity]))
        }
    }
}

extension Amount: CustomStringConvertible {
    /// The 万元 text, e.g. `1047.65`.
    public var description: String { text() }
}

extension Amount: Codable {
    /// Amounts are encoded as decimal strings in 万元 (`"1047.65"`), never as floats.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch Amount.parse(text, unit: .wanYuan, maxDecimals: 6) {
        case .success(let value): self = value
        case .failure: throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an amount: \(text)")
        }
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text())
    }
}
