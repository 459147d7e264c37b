import HuizongModel
import HuizongStore

/// Diff sides read from the snapshot store.
public enum StoreSides {
    /// The side of snapshot `summary`: its budgets by content address, loaded on demand.
    public static func side(_ store: SnapshotStore, _ summary: SnapshotSummary) throws -> DiffSide {
        let budgets = try store.budgets(of: summary.id)
        func entries(_ level: String) -> [DiffSide.Entry] {
            budgets.filter { $0.level == level }.map {
                DiffSide.Entry(code: $0.code, name: $0.name, departmentCode: $0.departmentCode,
                               textHash: $0.textHash, findingsHash: $0.findingsHash)
            }
        }
        return DiffSide(title: "#\(summary.id) \(summary.label)", year: summary.year, district: summary.district,
                        units: entries("unit"), departments: entries("department"), districtTotal: entries("district").first,
                        loadBudget: { hash in try store.budget(hash: hash) },
                        loadFindings: { hash in try store.findings(hash: hash) },
                        loadTotals: { hash in try store.headlineTotals(hash: hash) })
    }

    /// The sides of `old` and `new`, read at the same time.
    public static func sides(_ store: SnapshotStore, _ old: SnapshotSummary, _ new: SnapshotSummary) throws -> (DiffSide, DiffSide) {
        let read = Parallel.map([old, new], threads: 2) { summary in Result { try side(store, summary) } }
        return (try read[0].get(), try read[1].get())
    }
}
