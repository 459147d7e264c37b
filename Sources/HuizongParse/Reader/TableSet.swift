import HuizongModel

/// A set of tables as one bit per table (by the case's tag): inserting and testing cost
/// an instruction or two, where a `Set<TableID>` allocates and hashes.
struct TableSet {
    private var bits: UInt32 = 0

    /// The nine budget tables T1…T9.
    static let nine: TableSet = {
        var set = TableSet()
        for id in TableID.nine { set.insert(id) }
        return set
    }()

    @inline(__always)
    private static func bit(_ id: TableID) -> UInt32 { 1 << UInt32(id.caseTag) }

    /// Whether `id` is in the set.
    func contains(_ id: TableID) -> Bool { bits & TableSet.bit(id) != 0 }

    /// Adds `id`.
    mutating func insert(_ id: TableID) { bits |= TableSet.bit(id) }

    /// Whether the two sets share a table.
    func containsAny(of other: TableSet) -> Bool { bits & other.bits != 0 }
}
