import HuizongModel
import Synchronization

/// T1/T4 line indices shared between the units one ``Checker`` checks.
///
/// A ``BalanceLineIndex`` depends only on its table's income and expenditure labels, and
/// nearly every unit prints the template's labels: a unit whose labels are those of a table
/// an index was built for reuses that index. Labels are first compared by identity (the
/// reader shares one `String` per repeated label), then byte for byte with the latest
/// table's; both cost a fraction of building an index (the latter then takes a copy of the
/// index, so that the threads' units do not count one object). The index is immutable, so
/// sharing it would be safe; the memo itself is guarded by a mutex.
final class BalanceLineIndexMemo: Sendable {
    /// The lines an index was built from (for their labels), with the index.
    private struct Entry: Sendable {
        let lines: [BalanceLine]
        let index: BalanceLineIndex
    }

    /// The latest entries of T1 (list 0) and of T4 (list 1), newest first.
    private let entries = Mutex<[[Entry]]>([[], []])
    /// Entries kept per table kind: the reader shares a label's `String` between the files
    /// one thread reads, so each reading thread's labels get an entry of their own.
    static let capacity = 4

    /// The index of `table` (T1 when `id` is `.t1`, otherwise T4).
    func index(_ table: BalanceTable, _ id: TableID) -> BalanceLineIndex {
        let kind = id == .t1 ? 0 : 1
        let known = entries.withLock { $0[kind] }
        let lines = table.lines
        // The very same label strings as a table seen before: no byte is compared.
        for entry in known where Self.sameStrings(entry.lines, lines) { return entry.index }
        // Otherwise the same labels as the latest table (a copy of its index), or labels not
        // seen: a new index. The label strings are shared per reading thread, so an entry
        // (and its index object) serves one thread's units: rules retain and release the
        // index many times per unit, and an object both cores counted would bounce between
        // their caches.
        let index = known.first.flatMap { Self.sameLabels($0.lines, lines) ? BalanceLineIndex(copying: $0.index) : nil }
            ?? BalanceLineIndex(table)
        let entry = Entry(lines: lines, index: index)
        entries.withLock { lists in
            lists[kind].insert(entry, at: 0)
            if lists[kind].count > Self.capacity { lists[kind].removeLast() }
        }
        return index
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

    /// True when `a` and `b` hold as many lines whose labels are the very same strings
    /// (``StructureText/identical(_:_:)``): then they have the same labels.
    static func sameStrings(_ a: [BalanceLine], _ b: [BalanceLine]) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices {
            guard StructureText.identical(a[index].incomeItem, b[index].incomeItem),
                  StructureText.identical(a[index].expenditureItem, b[index].expenditureItem) else { return false }
        }
        return true
    }
}
