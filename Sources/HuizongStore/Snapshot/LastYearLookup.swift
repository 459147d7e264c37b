import Foundation
import HuizongModel
import Synchronization

/// Finds a unit's budget of the previous year in the store: the newest snapshot of that
/// year, by unit code. Thread-safe; each year's index is read once.
public final class LastYearLookup: Sendable {
    private let store: SnapshotStore
    private let index = Mutex<[Int: [String: String]]>([:])

    public init(store: SnapshotStore) { self.store = store }

    /// The budget of unit `code` for `year − 1`, when a snapshot of that year holds it.
    public func budget(code: String, year: Int) -> Budget? {
        let previous = year - 1
        let hashes: [String: String] = index.withLock { cache in
            if let known = cache[previous] { return known }
            var map: [String: String] = [:]
            if let snapshot = try? store.latest(year: previous), let budgets = try? store.budgets(of: snapshot.id) {
                for budget in budgets where budget.level == "unit" { map[budget.code] = budget.textHash }
            }
            cache[previous] = map
            return map
        }
        guard let hash = hashes[code] else { return nil }
        return try? store.budget(hash: hash)
    }
}
