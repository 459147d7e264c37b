import Foundation
import HuizongModel

/// T1/T4 line indices shared between the units one thread checks.
///
/// A ``BalanceLineIndex`` depends only on its table's income and expenditure labels, and
/// nearly every unit prints the template's labels: a unit whose labels are those of a table
/// an index was built for reuses that index. Labels are first compared by identity (the
/// reader shares one `String` per repeated label, per reading thread), then byte for byte
/// with the latest table's; both cost a fraction of building an index (the latter then
/// takes a copy of the index).
///
/// Each thread has its own memo (kept in a thread-specific slot, like the reader's
/// `StringVocabulary`), so it needs no lock, and no object the memo hands out or keeps is
/// counted by two threads: a memo shared by the checker's units cost every unit a lock and
/// unlock of one mutex per table and reference counts on the memo and its lists, on cache
/// lines both cores wrote to.
final class BalanceLineIndexMemo {
    /// The lines an index was built from (for their labels), with the index.
    private struct Entry {
        let lines: [BalanceLine]
        let index: BalanceLineIndex
    }

    /// The latest entries of T1, newest first.
    private var t1Entries: [Entry] = []
    /// The latest entries of T4, newest first.
    private var t4Entries: [Entry] = []
    /// Entries kept per table kind.
    static let capacity = 4

    /// The memo of the calling thread (made on first use, released when the thread ends).
    static func forCurrentThread() -> BalanceLineIndexMemo { slot.value { BalanceLineIndexMemo() } }

    /// The thread-specific slot of each thread's memo.
    private static let slot = PerThread<BalanceLineIndexMemo>()

    /// The index of `table` (T1 when `id` is `.t1`, otherwise T4).
    func index(_ table: BalanceTable, _ id: TableID) -> BalanceLineIndex {
        id == .t1 ? Self.index(table, in: &t1Entries) : Self.index(table, in: &t4Entries)
    }

    /// The index of `table`, looked up in and added to `entries`.
    private static func index(_ table: BalanceTable, in entries: inout [Entry]) -> BalanceLineIndex {
        let lines = table.lines
        // The very same label strings as a table seen before: no byte is compared.
        for entry in entries where sameStrings(entry.lines, lines) { return entry.index }
        // Otherwise the same labels as the latest table (a copy of its index), or labels not
        // seen: a new index.
        let index = entries.first.flatMap { sameLabels($0.lines, lines) ? BalanceLineIndex(copying: $0.index) : nil }
            ?? BalanceLineIndex(table)
        entries.insert(Entry(lines: lines, index: index), at: 0)
        if entries.count > capacity { entries.removeLast() }
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
