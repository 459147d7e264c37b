import HuizongModel

/// Rows of amounts that are all empty, one of each width, shared by the rows that print
/// no amount at all (a T1 line without income, the placeholder lines of T4).
///
/// A `[Amount?]` costs an allocation (and a deallocation when the budget goes); sharing
/// one array for each width costs a reference count instead. Each thread keeps its own
/// rows (in its ``StringVocabulary``): rows shared by every thread put one reference count
/// that both cores incremented for every empty row they stored, and its cache line went
/// back and forth between them.
struct EmptyAmountRows {
    /// The widest row kept.
    static let widest = 16
    private let rows: [[Amount?]] = (0...EmptyAmountRows.widest).map { [Amount?](repeating: nil, count: $0) }
    /// One empty quantity (the 数量 of an asset row that prints none).
    let oneQuantity: [Quantity?] = [nil]

    /// `width` empty amounts.
    @inline(__always)
    func of(width: Int) -> [Amount?] {
        width <= EmptyAmountRows.widest ? rows[width] : [Amount?](repeating: nil, count: width)
    }
}

/// New rows of empty amounts, to be filled in place.
enum NewAmountRow {
    /// A new array of `count` empty amounts, its own (not shared: the caller writes it).
    ///
    /// The widths of the tables' amount columns are made from array literals: a literal
    /// is allocated at its exact size and its nils stored at once, where reserving room
    /// and appending the nils one by one went through the array's general growth path
    /// (asking malloc for the block's size, copying no elements, releasing the empty
    /// array) and a capacity check per nil.
    @inline(__always)
    static func nils(_ count: Int) -> [Amount?] {
        switch count {
        case 1: return [nil]
        case 3: return [nil, nil, nil]
        case 4: return [nil, nil, nil, nil]
        case 6: return [nil, nil, nil, nil, nil, nil]
        case 7: return [nil, nil, nil, nil, nil, nil, nil]
        case 10: return [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil]
        default:
            var amounts: [Amount?] = []
            amounts.reserveCapacity(count)
            for _ in 0..<count { amounts.append(nil) }
            return amounts
        }
    }
}

extension DocumentParser {
    /// `width` empty amounts: this thread's shared row of that width.
    @inline(__always)
    func emptyAmounts(width: Int) -> [Amount?] { cursor.strings.emptyAmounts(width: width) }

    /// One empty quantity: this thread's shared row.
    @inline(__always)
    var emptyQuantity: [Quantity?] { cursor.strings.emptyQuantity }

    /// Whether every cell of `cells` at `offsets` is empty (then each reads as no amount).
    @inline(__always)
    func allEmpty(_ cells: RowView, _ offsets: Range<Int>) -> Bool {
        let base = cells.startIndex
        for offset in offsets where !cursor.isEmpty(cells[base + offset]) { return false }
        return true
    }
}
