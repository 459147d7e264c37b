import HuizongModel

/// The amounts of the row above in a classified table, kept by value in room the table's
/// reader lends, so that a row printing the same figures shares that row's array instead
/// of allocating its own.
///
/// A 类 with a single 款 and a 款 with a single 项 print the same figures (a fifth of the
/// rows of a generated unit): sharing costs one reference count where an equal array cost
/// an allocation kept with the budget until the roll-up. The values are kept here, not
/// the row above's array: holding that array would count a reference for every row read.
/// Each row's amounts are read straight into the room, compared with the values there as
/// they are written (see ``DocumentParser/plainAmounts(_:from:count:above:)``).
struct AmountsAbove {
    /// Room for one row of amounts (the table's width), lent for the table.
    let room: UnsafeMutableBufferPointer<Amount?>
    /// How many amounts of the row above the room holds; 0 when there is nothing to share
    /// (no row above yet, or the row above was not read by the plain path).
    var count = 0
    /// Set by the reader when the row just read equals the row above: the row is then to
    /// take the array of the row above.
    var matched = false

    /// Amounts kept in `room`, which must hold a row of the table.
    init(room: UnsafeMutableBufferPointer<Amount?>) { self.room = room }

    /// Nothing to share with the next row.
    @inline(__always)
    mutating func forget() { count = 0 }
}
