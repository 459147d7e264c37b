import Foundation
import GRDB
import HuizongModel

extension SnapshotStore {
    /// Stores `content` as a new snapshot and returns its summary.
    ///
    /// Every entry is hashed (SHA-256) and compressed (LZ4 frames with content checksums)
    /// in parallel before the database is touched (`BlobPlan`): units and findings as plain
    /// blobs, departments and the district as composites of their tables and procurement
    /// blocks. Then blobs, the snapshot row, its budgets and its manifest are written in one
    /// write transaction. A blob already in the store (a unit unchanged since the last
    /// draft, a table that did not change) is not stored again, nor are the parts of a
    /// composite already there. If the process dies, or the disk fills, the transaction
    /// leaves nothing behind.
    ///
    /// - Parameters:
    ///   - content: The snapshot. Codes must be unique within each level.
    ///   - threads: Threads for hashing and compression (default: one per core).
    /// - Returns: The stored snapshot, as `list()` will show it.
    /// - Throws: `StoreError` (`diskFull`, `io`, `database`, `compression`); nothing is then written.
    @discardableResult
    public func write(_ content: SnapshotContent, threads: Int? = nil) throws(StoreError) -> SnapshotSummary {
        let items = BlobPlan.items(of: content)
        // 1. Hash and compress outside the transaction.
        let plan: BlobPlan
        do { plan = try BlobPlan.make(items, threads: threads) } catch {
            throw StoreError.compression(path: path, detail: error.description)
        }
        let reachable = plan.reachable
        let rawBytes = reachable.reduce(Int64(0)) { $0 + Int64($1.rawSize) }
        let storedBytes = reachable.reduce(Int64(0)) { $0 + Int64($1.frame.count) }
        let contentHash = Self.contentHash(units: zip(items, plan.textHashes).filter { $0.0.level == "unit" }
            .map { ($0.0.entry.code, $0.1) })
        let unitEntries = content.units
        let quarantined = content.manifest.filter { $0.status == .quarantined }.count
        // 2. One transaction.
        return try storeCall(path) {
            try pool.write { db in
                let (added, addedBytes) = try Self.insertBlobs(db, plan: plan)
                try db.execute(sql: """
                    INSERT INTO snapshot(label, job, year, district, created_at, engine_version, catalogue_version,
                        unit_count, department_count, input_count, quarantine_count, error_count, warning_count,
                        raw_bytes, stored_bytes, added_blob_count, added_bytes, content_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        content.label, content.job, content.year, content.district, content.createdAt,
                        content.engineVersion, content.catalogueVersion,
                        unitEntries.count, content.departments.count, content.manifest.count, quarantined,
                        unitEntries.reduce(0) { $0 + $1.errorCount }, unitEntries.reduce(0) { $0 + $1.warningCount },
                        rawBytes, storedBytes, added, addedBytes, contentHash,
                    ])
                let id = db.lastInsertedRowID
                let insertBudget = try db.cachedStatement(sql: """
                    INSERT INTO snapshot_budget(snapshot_id, level, code, name, department_code, file,
                        text_hash, findings_hash, error_count, warning_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (index, item) in items.enumerated() {
                    let entry = item.entry
                    try insertBudget.execute(arguments: [
                        id, item.level, entry.code, entry.name, entry.departmentCode, entry.file,
                        plan.textHashes[index], plan.findingsHashes[index], entry.errorCount, entry.warningCount,
                    ])
                }
                let insertInput = try db.cachedStatement(sql: """
                    INSERT INTO snapshot_input(snapshot_id, position, path, size, sha256, status, reason, unit_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (position, input) in content.manifest.enumerated() {
                    try insertInput.execute(arguments: [
                        id, position, input.path, input.size, input.sha256, input.status.rawValue, input.reason, input.unitCode,
                    ])
                }
                return try Self.fetchSummary(db, id: id)!
            }
        }
    }

    /// Inserts the blobs of `plan` the store lacks: starting from each entry's text and
    /// findings, a blob already stored is skipped with everything under it (a composite
    /// is stored only with all its parts). Returns the count and compressed bytes added.
    private static func insertBlobs(_ db: Database, plan: BlobPlan) throws -> (count: Int, bytes: Int64) {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM blob WHERE hash = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO blob(hash, raw_size, stored_size, data, parts) VALUES (?, ?, ?, ?, ?)
            """)
        var visited = Set<String>()
        var added = 0
        var addedBytes = Int64(0)
        var stack = Array((plan.textHashes + plan.findingsHashes).reversed())
        while let hash = stack.popLast() {
            guard visited.insert(hash).inserted, let blob = plan.blobs[hash] else { continue }
            guard try Int.fetchOne(exists, arguments: [hash]) == nil else { continue }
            try insert.execute(arguments: [blob.hash, blob.rawSize, blob.frame.count, Data(blob.frame), blob.parts])
            added += 1
            addedBytes += Int64(blob.frame.count)
            stack += blob.children.reversed()
        }
        return (added, addedBytes)
    }

    /// SHA-256 over the units' `code TAB text-hash LF` lines sorted by code.
    static func contentHash(units: [(code: String, hash: String)]) -> String {
        let lines = units.sorted { $0.code < $1.code }.map { "\($0.code)\t\($0.hash)\n" }
        return ContentHash.sha256(lines.joined())
    }
}
