/// The coverage ledger of one unit's check, kept compact: a roll-up holds the report of
/// every unit for the whole run, and nearly every line of a ledger is a rule id the
/// checker holds already and a status. So a ledger names the checker's list of ids (a
/// ``RuleIDList``: no reference to the list, which every thread's reports share), keeps
/// one byte of status per rule, and a reason only for the lines that have one (rules not
/// checked). ``UnitCheckReport/ledger`` writes the lines out when read.
struct CoverageLedger: Sendable {
    /// The rules' ids, in ledger order (the checker's list, shared by all its reports).
    private(set) var ruleIDs: RuleIDList
    /// Each line's status, in ledger order.
    private(set) var statuses: [RuleStatus]
    /// The lines with a reason (their index in the ledger), in ledger order.
    private(set) var reasons: [(line: Int, reason: NotCheckedReason)] = []

    /// An empty ledger for the rules `ruleIDs`, with room for a line per rule.
    init(ruleIDs: RuleIDList) {
        self.ruleIDs = ruleIDs
        statuses = []
        statuses.reserveCapacity(ruleIDs.count)
    }

    /// The ledger of `entries`, in their order.
    init(_ entries: [LedgerEntry]) {
        ruleIDs = RuleIDList(entries.map(\.ruleID))
        statuses = entries.map(\.status)
        for index in entries.indices {
            if let reason = entries[index].storedReason { reasons.append((index, reason)) }
        }
    }

    /// The number of lines.
    var count: Int { statuses.count }

    /// Appends the line of the next rule (`ruleIDs[count]`): its status and why it was not checked.
    @inline(__always)
    mutating func append(_ status: RuleStatus, reason: NotCheckedReason? = nil) {
        precondition(statuses.count < ruleIDs.count, "one line per rule")
        if let reason { reasons.append((statuses.count, reason)) }
        statuses.append(status)
    }

    /// The number of lines with `status`.
    func count(_ status: RuleStatus) -> Int {
        var count = 0
        for line in statuses where line == status { count += 1 }
        return count
    }

    /// The lines written out, in ledger order.
    var entries: [LedgerEntry] {
        var entries: [LedgerEntry] = []
        entries.reserveCapacity(statuses.count)
        let ids = ruleIDs.ids
        var next = 0
        for line in statuses.indices {
            var reason: NotCheckedReason? = nil
            if next < reasons.count && reasons[next].line == line { reason = reasons[next].reason; next += 1 }
            entries.append(LedgerEntry(ruleID: ids[line], status: statuses[line], storedReason: reason))
        }
        return entries
    }
}
