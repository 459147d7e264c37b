import HuizongModel

/// Rows of amounts that are all empty, made once and shared.
///
/// A `[Amount?]` costs an allocation (and a deallocation when the budget goes); many
/// rows print no amount at all (a T1 line without income, the placeholder lines of T4),
/// and sharing one array for each width costs a reference count instead.
enum EmptyAmountRows {
    /// The widest row kept.
    static let widest = 16
    private static let rows: [[Amount?]] = (0...widest).map { [Amount?](repeating: nil, count: $0) }

    /// `width` empty amounts.
    @inline(__always)
    static func of(width: Int) -> [Amount?] {
        width <= widest ? rows[width] : [Amount?](repeating: nil, count: width)
    }
}

extension DocumentParser {
    /// Whether every cell of `cells` at `offsets` is empty (then each reads as no amount).
    @inline(__always)
    func allEmpty(_ cells: UnsafeBufferPointer<Cell>, _ offsets: Range<Int>) -> Bool {
        let base = cells.startIndex
        for offset in offsets where !cursor.isEmpty(cells[base + offset]) { return false }
        return true
    }
}
