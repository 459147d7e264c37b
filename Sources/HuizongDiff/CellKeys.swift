import HuizongModel

/// Cheap dictionary keys for cell addresses: the column name replaced by its number.
///
/// Hashing a `String` normalises it first (Unicode canonical equivalence), which is slow
/// for the Chinese column names that every cell carries; row keys are short codes and
/// numbers. A column's number is found by `==` (the same equivalence) against the columns
/// seen so far in its table, trying the one after the last match first — cells come
/// column by column, so that is nearly always the right one, and the strings are usually
/// the very same storage. Two addresses are equal exactly when their keys are.
struct CellKeys {
    /// An address with its column numbered.
    struct Key: Hashable {
        var table: TableID
        var row: String
        var column: Int
    }

    private var columns: [TableID: [String]] = [:]
    private var last: (table: TableID, index: Int)?

    /// The key of `address`, numbering its column when it is new.
    mutating func key(_ address: CellAddress) -> Key {
        Key(table: address.table, row: address.row, column: number(address.column, in: address.table))
    }

    private mutating func number(_ column: String, in table: TableID) -> Int {
        var known = columns[table, default: []]
        if let last, last.table == table {
            let next = last.index + 1 < known.count ? last.index + 1 : 0
            if known[next] == column { self.last = (table, next); return next }
        }
        let index: Int
        if let found = known.firstIndex(of: column) {
            index = found
        } else {
            index = known.count
            known.append(column)
            columns[table] = known
        }
        last = (table, index)
        return index
    }
}
