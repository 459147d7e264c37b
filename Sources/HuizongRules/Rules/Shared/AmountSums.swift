import HuizongModel

/// Sums of amounts written in the rules' module. The model's `Sequence.sum()` is generic
/// and not inlinable, so from here it runs unspecialised, through witness tables: a few
/// thousand instructions for a handful of amounts. These give the same totals.
enum AmountSums {
    /// Σ `value(i)` over `indices`, empty counting as zero (`Sequence<Amount?>.sum()`).
    @inline(__always)
    static func sum<Indices: Sequence>(_ indices: Indices, _ value: (Indices.Element) -> Amount?) -> Amount {
        var total = Amount.zero
        for index in indices { if let amount = value(index) { total += amount } }
        return total
    }
}
