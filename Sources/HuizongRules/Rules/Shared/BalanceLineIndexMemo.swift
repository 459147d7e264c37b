import HuizongModel
import Synchronization

/// T1/T4 line indices shared between the units one ``Checker`` checks.
///
/// A ``BalanceLineIndex`` depends only on its table's income and expenditure labels, and
/// nearly every unit prints the template's labels: a unit whose labels equal, byte for
/// byte, those of the table the last index of its kind was built from reuses that index
/// (comparing the labels costs a fraction of building one). The index is immutable, so it
/// is shared between threads as is; the memo itself is guarded by a mutex.
final class BalanceLineIndexMemo: Sendable {
    /// The lines an index was built from (for their labels), with the index.
    private struct Entry: Sendable {
        let lines: [BalanceLine]
        let index: BalanceLineIndex
    }

    /// The last entry of T1 (slot 0) and of T4 (slot 1).
    private let last = Mutex<(Entry?, Entry?)>((nil, nil))

    /// The index of `table` (T1 when `id` is `.t1`, otherwise T4).
    func index(_ table: BalanceTable, _ id: TableID) -> BalanceLineIndex {
        let isT1 = id == .t1
        let candidate = last.withLock { isT1 ? $0.0 : $0.1 }
        if let candidate, Self.sameLabels(candidate.lines, table.lines) { return candidate.index }
        let entry = Entry(lines: table.lines, index: BalanceLineIndex(table))
        last.withLock { if isT1 { $0.0 = entry } else { $0.1 = entry } }
        return entry.index
    }

    /// True when `a` and `b` hold as many lines, with the same income and expenditure labels.
    static func sameLabels(_ a: [BalanceLine], _ b: [BalanceLine]) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices {
            guard StructureText.equal(a[index].incomeItem, b[index].incomeItem),
                  StructureText.equal(a[index].expenditureItem, b[index].expenditureItem) else { return false }
        }
        return true
    }
}
