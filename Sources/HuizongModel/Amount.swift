/// An exact amount of money: an integer count of 分 (0.01 元).
///
/// Budget tables print 万元 with two decimals (`1047.65`), performance indicators quote
/// 元 (`5680394.36元`); both are exact in 分, so sums never round. An *empty* cell is
/// `nil` (`Amount?`), never `.zero`: "no amount" and "0.00" stay distinct.
///
/// Layout: the 分 are kept as a bit pattern in a pointer-sized field that is never read as
/// a pointer. Swift knows that a pointer's patterns below 4,096 are never valid, and uses
/// them for an optional's `nil`: so `Amount?`, the cell of every table, takes 8 bytes
/// instead of 16 (an `Int64` has no spare pattern, and its optional needs a ninth byte
/// rounded up to sixteen). The pattern is `fen` with its top bit flipped, so only the
/// 4,096 amounts from `Int64.min` up are out of reach (below −9.2 × 10¹⁸ 分).
public struct Amount: @unchecked Sendable, Hashable, Comparable {
    /// `fen` with its top bit flipped; at least 4,096 as an unsigned number.
    @usableFromInline var pattern: UnsafeRawPointer

    /// The amount in 分 (1 万元 = 1,000,000 分).
    @inlinable public var fen: Int64 {
        get { Int64(Int(bitPattern: pattern)) ^ Int64.min }
        set { pattern = Amount.pattern(of: newValue) }
    }

    /// The largest magnitude that `Amount.parse` reads, positive or negative: 2⁶³ − 4,096 分
    /// (about 9.2 × 10¹² 万元), inside the stored range on both sides. Text beyond it is
    /// out of range.
    public static let maxMagnitudeFen: Int64 = Int64.max - 4095

    /// Creates an amount from a count of 分 (above `Int64.min + 4095`).
    @inlinable public init(fen: Int64) { pattern = Amount.pattern(of: fen) }

    /// The stored pattern of `fen`.
    @inlinable static func pattern(of fen: Int64) -> UnsafeRawPointer {
        let bits = UInt(bitPattern: Int(fen ^ Int64.min))
        precondition(bits >= 4096, "amount below the range of Amount: \(fen) 分")
        return UnsafeRawPointer(bitPattern: bits).unsafelyUnwrapped
    }

    /// Zero, printed `0.00`.
    @inlinable public static var zero: Amount { Amount(fen: 0) }

    /// 分 in one 万元.
    public static let fenPerWan: Int64 = 1_000_000
    /// 分 in one 元.
    public static let fenPerYuan: Int64 = 100

    /// An amount of `hundredths` × 0.01 万元 (the grid of every budget table).
    @inlinable public init(wanHundredths: Int64) { self.init(fen: wanHundredths * 10_000) }

    /// The amount rounded half away from zero to 0.01 万元, in hundredths of 万元.
    @inlinable public var roundedWanHundredths: Int64 {
        let q = fen / 10_000, r = fen % 10_000
        if r >= 5_000 { return q + 1 }
        if r <= -5_000 { return q - 1 }
        return q
    }

    /// True when the amount is exactly on the 0.01 万元 grid that tables print.
    @inlinable public var isOnWanGrid: Bool { fen % 10_000 == 0 }

    @inlinable public static func < (a: Amount, b: Amount) -> Bool { a.fen < b.fen }
    @inlinable public static func + (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen + b.fen) }
    @inlinable public static func - (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen - b.fen) }
    @inlinable public static prefix func - (a: Amount) -> Amount { Amount(fen: -a.fen) }
    @inlinable public static func += (a: inout Amount, b: Amount) { a.fen += b.fen }
    @inlinable public static func -= (a: inout Amount, b: Amount) { a.fen -= b.fen }

    /// The absolute value.
    @inlinable public var magnitude: Amount { Amount(fen: fen < 0 ? -fen : fen) }
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
