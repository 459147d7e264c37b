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
    public static func compare(_ old: Budget, _ new: Budget, ignoreBelow: Amount = .zero) -> BudgetDifference {
        var before: [CellAddress: (String, Amount?)] = [:]
        var order: [CellAddress] = []
        old.forEachAmountCell { cell in before[cell.address] = (cell.rowName, cell.value); order.append(cell.address) }
        var after: [CellAddress: (String, Amount?)] = [:]
        new.forEachAmountCell { cell in
            after[cell.address] = (cell.rowName, cell.value)
            if before[cell.address] == nil { order.append(cell.address) }
        }
        var changes: [CellAddress: CellChange] = [:]
        for address in order {
            let o = before[address], n = after[address]
            let oldValue = o?.1 ?? nil, newValue = n?.1 ?? nil
            guard oldValue != newValue else { continue }
            changes[address] = CellChange(address: address, rowName: n?.0 ?? o?.0 ?? "", old: oldValue, new: newValue)
        }
        let moves = Reclassification.find(in: &changes, old: old, new: new)
        let kept = order.compactMap { changes[$0] }.filter { change in
            // An empty cell becoming 0.00 (or back) is a change only when nothing is ignored.
            change.change == .zero ? ignoreBelow == .zero : change.change.magnitude >= ignoreBelow
        }
        return BudgetDifference(changes: kept, moves: moves.filter { $0.amount.magnitude >= ignoreBelow })
    }
}

/// Finds moves between leaf codes and removes the changes they explain.
enum Reclassification {
    static func find(in changes: inout [CellAddress: CellChange], old: Budget, new: Budget) -> [Move] {
        var moves: [Move] = []
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] {
            guard let oldTable = old.classified(id), let newTable = new.classified(id) else { continue }
            let codes = Set(oldTable.rows.compactMap(\.code)).union(newTable.rows.compactMap(\.code))
            let parents = Set(codes.compactMap(\.parent))
            let leaves = codes.filter { !parents.contains($0) }.sorted()
            var names: [SubjectCode: String] = [:]
            for row in oldTable.rows + newTable.rows { if let code = row.code { names[code] = row.name } }
            for column in TableSchema.columns(of: id) {
                var decreases: [(SubjectCode, Amount)] = []
                var increases: [(SubjectCode, Amount)] = []
                for code in leaves {
                    guard let change = changes[CellAddress(id, code.digits, column)]?.change, change != .zero else { continue }
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
