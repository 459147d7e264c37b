/// A count or measure that is not money: procurement 数量, asset 数量 (units, 平方米).
///
/// Kept exact in ten-thousandths, with the number of decimals it was printed with,
/// so `2000` prints back as `2000` and `1234.50` as `1234.50`.
public struct Quantity: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The value × 10,000.
    public var tenThousandths: Int64
    /// Decimals to print (0…4).
    public var decimals: Int

    /// A whole quantity.
    public init(_ whole: Int64) { self.tenThousandths = whole * 10_000; self.decimals = 0 }
    /// A quantity from its scaled value and printed decimals.
    public init(tenThousandths: Int64, decimals: Int) { self.tenThousandths = tenThousandths; self.decimals = decimals }

    /// Parses `2000`, `1234.5` (at most four decimals, no sign); nil otherwise.
    public static func parse(_ text: Substring) -> Quantity? {
        parse(utf8: text.utf8)
    }

    /// ``parse(_:)`` of the UTF-8 bytes of a text (the reader's cells, read in place).
    @inlinable
    public static func parse<Bytes: Sequence<UInt8>>(utf8 text: Bytes) -> Quantity? {
        var integer: Int64 = 0, fraction: Int64 = 0, decimals = 0, digits = 0
        var inFraction = false
        for b in text {
            if b >= 0x30 && b <= 0x39 {
                let d = Int64(b - 0x30)
                if inFraction { decimals += 1; guard decimals <= 4 else { return nil }; fraction = fraction * 10 + d }
                else { guard integer < Int64.max / 100_000 else { return nil }; integer = integer * 10 + d }
                digits += 1
            } else if b == UInt8(ascii: ".") && !inFraction { inFraction = true } else { return nil }
        }
        guard digits > 0, !(inFraction && decimals == 0) else { return nil }
        var scaled = fraction
        for _ in decimals..<4 { scaled *= 10 }
        return Quantity(tenThousandths: integer * 10_000 + scaled, decimals: decimals)
    }

    public static func < (a: Quantity, b: Quantity) -> Bool { a.tenThousandths < b.tenThousandths }
    /// Sum, printed with the finer of the two decimals.
    public static func + (a: Quantity, b: Quantity) -> Quantity {
        Quantity(tenThousandths: a.tenThousandths + b.tenThousandths, decimals: max(a.decimals, b.decimals))
    }

    /// `amount × self`, exact (in 分), e.g. 210 × 0.02万元 = 4.20万元.
    public func times(_ amount: Amount) -> Amount { Amount(fen: fenTimes(amount.fen)) }

    /// ``times(_:)`` in 分: `fen × self`, rounded half away from zero to the 分. For a
    /// caller that compares products, which then makes no `Amount` (making one checks its
    /// range); an overflow traps as in ``times(_:)``.
    @inlinable
    public func fenTimes(_ fen: Int64) -> Int64 {
        // (fen × tenThousandths) / 10_000, exact when the product divides; round half away otherwise.
        let product = fen.multipliedFullWidth(by: tenThousandths)
        let (q, r) = Int64(10_000).dividingFullWidth((high: product.high, low: product.low))
        if r * 2 >= 10_000 { return q + 1 }
        if r * 2 <= -10_000 { return q - 1 }
        return q
    }

    public var description: String {
        let whole = tenThousandths / 10_000
        guard decimals > 0 else { return String(whole) }
        var fraction = tenThousandths % 10_000
        for _ in decimals..<4 { fraction /= 10 }
        var digits = String(fraction)
        if digits.count < decimals { digits = String(repeating: "0", count: decimals - digits.count) + digits }
        return "\(whole).\(digits)"
    }
}
