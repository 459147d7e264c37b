import HuizongModel

/// One amount that changed between two versions of a budget.
public struct CellChange: Sendable, Hashable, Codable {
    public var address: CellAddress
    public var rowName: String
    public var old: Amount?
    public var new: Amount?
    /// new − old (empty counts as zero).
    public var change: Amount { new.orZero - old.orZero }
}

/// An amount that left one classification code and appeared under another in the same
/// table and column: a reclassification, shown as one move.
public struct Move: Sendable, Hashable, Codable {
    public var table: TableID
    public var column: String
    public var fromCode: String
    public var fromName: String
    public var toCode: String
    public var toName: String
    public var amount: Amount
}

/// The differences between two versions of one budget.
public struct BudgetDifference: Sendable, Hashable, Codable {
    public var changes: [CellChange]
    public var moves: [Move]
    public var isEmpty: Bool { changes.isEmpty && moves.isEmpty }
}

/// Compares two budgets cell by cell (by address, as in the facts CSV), and recognises
/// reclassifications in the classified tables.
public enum BudgetDiff {
    /// The differences from `old` to `new`; changes smaller than `ignoreBelow` are left out.
    ///
    /// Cells are matched by address; an address both budgets lack is a cell of one side
    /// only. Order: the old budget's cells in document order, then cells only the new one has.
    public static func compare(_ old: Budget, _ new: Budget, ignoreBelow: Amount = .zero) -> BudgetDifference {
        let (old, new) = withoutEqualTables(old, new)
        // Addresses are keyed by (table, row, column number): hashing the short row keys
        // instead of the column names (`CellKeys`) is what makes this fast.
        var keys = CellKeys()
        var before: [CellKeys.Key: (address: CellAddress, name: String, value: Amount?)] = [:]
        var order: [CellKeys.Key] = []
        old.forEachAmountCell { cell in
            let key = keys.key(cell.address)
            before[key] = (cell.address, cell.rowName, cell.value)
            order.append(key)
        }
        var after: [CellKeys.Key: (address: CellAddress, name: String, value: Amount?)] = [:]
        after.reserveCapacity(before.count)
        new.forEachAmountCell { cell in
            let key = keys.key(cell.address)
            after[key] = (cell.address, cell.rowName, cell.value)
            if before[key] == nil { order.append(key) }
        }
        var changes: [CellAddress: CellChange] = [:]
        var changedKeys: [CellKeys.Key: CellAddress] = [:]
        for key in order where changedKeys[key] == nil {
            let o = before[key], n = after[key]
            let oldValue = o?.value ?? nil, newValue = n?.value ?? nil
            guard oldValue != newValue else { continue }
            let address = o?.address ?? n!.address
            changes[address] = CellChange(address: address, rowName: n?.name ?? o?.name ?? "", old: oldValue, new: newValue)
            changedKeys[key] = address
        }
        let moves = Reclassification.find(in: &changes, old: old, new: new)
        let kept = order.compactMap { key in changedKeys[key].flatMap { changes[$0] } }.filter { change in
            // An empty cell becoming 0.00 (or back) is a change only when nothing is ignored.
            change.change == .zero ? ignoreBelow == .zero : change.change.magnitude >= ignoreBelow
        }
        return BudgetDifference(changes: kept, moves: moves.filter { $0.amount.magnitude >= ignoreBelow })
    }
}

extension BudgetDiff {
    /// `old` and `new` without the tables they have equal: no cell of such a table can
    /// differ, and a table's cells never meet another table's, so the comparison is the
    /// same with less to enumerate (a changed unit usually keeps T6–T9 and A as they were).
    static func withoutEqualTables(_ old: Budget, _ new: Budget) -> (Budget, Budget) {
        var old = old, new = new
        func drop<T: Equatable>(_ table: WritableKeyPath<Budget, T?>) {
            if old[keyPath: table] != nil, old[keyPath: table] == new[keyPath: table] {
                old[keyPath: table] = nil
                new[keyPath: table] = nil
            }
        }
        drop(\.t1); drop(\.t2); drop(\.t3); drop(\.t4); drop(\.t5); drop(\.t6); drop(\.t7); drop(\.t8); drop(\.t9)
        drop(\.procurement); drop(\.assets)
        if old.performance == new.performance { old.performance = []; new.performance = [] }
        return (old, new)
    }
}

/// Finds moves between leaf codes and removes the changes they explain.
enum Reclassification {
    static func find(in changes: inout [CellAddress: CellChange], old: Budget, new: Budget) -> [Move] {
        var moves: [Move] = []
        // Only tables and columns with changes can hold a move.
        let changedTables = Set(changes.keys.map(\.table))
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] where changedTables.contains(id) {
            guard let oldTable = old.classified(id), let newTable = new.classified(id) else { continue }
            let codes = Set(oldTable.rows.compactMap(\.code)).union(newTable.rows.compactMap(\.code))
            let parents = Set(codes.compactMap(\.parent))
            let leaves = codes.filter { !parents.contains($0) }.sorted()
            var names: [SubjectCode: String] = [:]
            for row in oldTable.rows + newTable.rows { if let code = row.code { names[code] = row.name } }
            let changedColumns = Set(changes.keys.filter { $0.table == id }.map(\.column))
            for column in TableSchema.columns(of: id) where changedColumns.contains(column) {
                var byRow: [String: Amount] = [:]
                for (address, change) in changes where address.table == id && address.column == column { byRow[address.row] = change.change }
                var decreases: [(SubjectCode, Amount)] = []
                var increases: [(SubjectCode, Amount)] = []
                for code in leaves {
                    guard let change = byRow[code.digits], change != .zero else { continue }
                    if change < .zero { decreases.append((code, -change)) } else { increases.append((code, change)) }
                }
                for (from, amount) in decreases {
                    guard let match = increases.firstIndex(where: { $0.1 == amount }) else { continue }
                    let to = increases.remove(at: match).0
                    moves.append(Move(table: id, column: column, fromCode: from.digits, fromName: names[from] ?? "",
                                      toCode: to.digits, toName: names[to] ?? "", amount: amount))
                    explain(&changes, table: id, column: column, code: from, by: -amount)
                    explain(&changes, table: id, column: column, code: to, by: amount)
                }
            }
        }
        return moves
    }

    /// Removes `delta` from the change of `code` and of each ancestor (the 合计 row has no
    /// net change from a move inside the table); drops changes explained entirely.
    static func explain(_ changes: inout [CellAddress: CellChange], table: TableID, column: String, code: SubjectCode, by delta: Amount) {
        var current: SubjectCode? = code
        while let c = current {
            let address = CellAddress(table, c.digits, column)
            if var change = changes[address] {
                change.old = change.old.map { $0 + delta } ?? delta
                if change.old == change.new || (change.old == .zero && change.new == nil) { changes[address] = nil }
                else { changes[address] = change }
            }
            current = c.parent
        }
    }
}
