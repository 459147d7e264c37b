import Synchronization

/// A list of rule ids (a checker's, in plan order), registered once for the process and
/// named by its place in the registry: a unit's ``CoverageLedger`` and its ``RuleCheck``
/// refer to their checker's ids through it without holding a reference to the list.
///
/// Why: every thread checking units shares the checker's one list, and each reference
/// taken or dropped on it is an atomic count on that one object's cache line, which the
/// threads then pass back and forth (several times per unit: the ledger, the rule check,
/// each copy of the report). A registered list is named by two integers, copied for free.
///
/// Lists are registered by content (an equal list gets the same place) and kept for the
/// life of the process: a process makes few distinct lists (one per rule selection, and
/// one per distinct list of ids among decoded reports).
struct RuleIDList: Sendable, Equatable {
    /// The list's place in ``registry``.
    private let slot: Int
    /// The number of ids.
    let count: Int

    /// The registered list equal to `ids` (registered now when none is).
    init(_ ids: [String]) {
        slot = RuleIDList.registry.withLock { lists in
            if let slot = lists.firstIndex(of: ids) { return slot }
            lists.append(ids)
            return lists.count - 1
        }
        count = ids.count
    }

    /// The ids, in order.
    var ids: [String] { RuleIDList.registry.withLock { $0[slot] } }

    /// The id at `index` (`0..<count`).
    subscript(index: Int) -> String {
        precondition(index >= 0 && index < count, "an id of the list")
        return RuleIDList.registry.withLock { $0[slot][index] }
    }

    /// Every list registered so far, each at its place.
    private static let registry = Mutex<[[String]]>([])
}
