/// An exact amount of money: an integer count of 分 (0.01 元).
///
/// Budget tables print 万元 with two decimals (`1047.65`), performance indicators quote
/// 元 (`5680394.36元`); both are exact in 分, so sums never round. An *empty* cell is
/// `nil` (`Amount?`), never `.zero`: "no amount" and "0.00" stay distinct.
public struct Amount: Sendable, Hashable, Comparable {
    /// The amount in 分 (1 万元 = 1,000,000 分).
    public var fen: Int64

    /// Creates an amount from a count of 分.
    public init(fen: Int64) { self.fen = fen }

    /// Zero, printed `0.00`.
    @inlinable public static var zero: Amount { Amount(fen: 0) }

    /// 分 in one 万元.
    public static let fenPerWan: Int64 = 1_000_000
    /// 分 in one 元.
    public static let fenPerYuan: Int64 = 100

    /// An amount of `hundredths` × 0.01 万元 (the grid of every budget table).
    public init(wanHundredths: Int64) { self.fen = wanHundredths * 10_000 }

    /// The amount rounded half away from zero to 0.01 万元, in hundredths of 万元.
    public var roundedWanHundredths: Int64 {
        let q = fen / 10_000, r = fen % 10_000
        if r >= 5_000 { return q + 1 }
        if r <= -5_000 { return q - 1 }
        return q
    }

    /// True when the amount is exactly on the 0.01 万元 grid that tables print.
    public var isOnWanGrid: Bool { fen % 10_000 == 0 }

    public static func < (a: Amount, b: Amount) -> Bool { a.fen < b.fen }
    public static func + (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen + b.fen) }
    public static func - (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen - b.fen) }
    public static prefix func - (a: Amount) -> Amount { Amount(fen: -a.fen) }
    public static func += (a: inout Amount, b: Amount) { a.fen += b.fen }
    public static func -= (a: inout Amount, b: Amount) { a.fen -= b.fen }

    /// The absolute value.
    public var magnitude: Amount { Amount(fen: fen < 0 ? -fen : fen) }
}

extension Optional where Wrapped == Amount {
    /// The amount, counting an empty cell as zero (for sums).
    @inlinable public var orZero: Amount { self ?? .zero }
}

extension Sequence where Element == Amount? {
    /// Sum of the non-empty amounts; `nil` when every one is empty (empty stays empty).
    public func sumKeepingEmpty() -> Amount? {
        var total: Amount? = nil
        for value in self { if let value { total = (total ?? .zero) + value } }
        return total
    }
    /// Sum counting empty as zero.
    public func sum() -> Amount {
        var total = Amount.zero
        for value in self { if let value { total += value } }
        return total
    }
}

extension Sequence where Element == Amount {
    /// Sum of the amounts.
    public func sum() -> Amount { reduce(.zero, +) }
}
