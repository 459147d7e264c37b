import HuizongStore

/// Decides whether a run would store anything new.
enum JobIdempotence {
    /// True when `content` has the same inputs (paths, SHA-256, status) and the same
    /// budgets and findings (by content address) as snapshot `previous`.
    static func isUnchanged(_ content: SnapshotContent, comparedTo previous: SnapshotSummary, in store: SnapshotStore) throws -> Bool {
        guard previous.label == content.label, previous.catalogueVersion == content.catalogueVersion,
              previous.engineVersion == content.engineVersion else { return false }
        let manifest = try store.manifest(of: previous.id)
        func key(_ m: ManifestEntry) -> String { "\(m.path)|\(m.sha256)|\(m.status.rawValue)|\(m.reason)" }
        guard manifest.map(key) == content.manifest.map(key) else { return false }
        let stored = try store.budgets(of: previous.id)
        var addresses: [String: (String, String)] = [:]
        for budget in stored { addresses["\(budget.level)|\(budget.code)"] = (budget.textHash, budget.findingsHash) }
        var entries: [(String, SnapshotContent.Entry)] = content.units.map { ("unit", $0) } + content.departments.map { ("department", $0) }
        if let district = content.districtBudget { entries.append(("district", district)) }
        guard entries.count == stored.count else { return false }
        for (level, entry) in entries {
            guard let (text, findings) = addresses["\(level)|\(entry.code)"],
                  ContentHash.sha256(entry.text) == text, ContentHash.sha256(entry.findingsJSON) == findings else { return false }
        }
        return true
    }
}
