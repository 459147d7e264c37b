import Foundation
import GRDB
import HuizongModel

extension SnapshotStore {
    /// A snapshot entry with its level, before and after encoding.
    private struct Placed: Sendable {
        var level: String
        var entry: SnapshotContent.Entry
    }

    /// Stores `content` as a new snapshot and returns its summary.
    ///
    /// Every entry's text and findings are hashed (SHA-256) and compressed (LZ4 frame with
    /// content checksum) in parallel before the database is touched; then blobs, the
    /// snapshot row, its budgets and its manifest are written in one write transaction.
    /// Blobs are inserted with `INSERT OR IGNORE`: content already in the store (a unit
    /// unchanged since the last draft) is not stored again. If the process dies, or the
    /// disk fills, the transaction leaves nothing behind.
    ///
    /// - Parameters:
    ///   - content: The snapshot. Codes must be unique within each level.
    ///   - threads: Threads for hashing and compression (default: one per core).
    /// - Returns: The stored snapshot, as `list()` will show it.
    /// - Throws: `StoreError` (`diskFull`, `io`, `database`, `compression`); nothing is then written.
    @discardableResult
    public func write(_ content: SnapshotContent, threads: Int? = nil) throws(StoreError) -> SnapshotSummary {
        let placed = content.units.map { Placed(level: "unit", entry: $0) }
            + content.departments.map { Placed(level: "department", entry: $0) }
            + (content.districtBudget.map { [Placed(level: "district", entry: $0)] } ?? [])
        // 1. Hash and compress outside the transaction: text at 2i, findings at 2i+1.
        let payloads = placed.flatMap { [$0.entry.text, $0.entry.findingsJSON] }
        let encoded = Parallel.map(Array(payloads.indices), threads: threads) { index -> Result<EncodedBlob, LZ4Error> in
            Result { () throws(LZ4Error) in try BlobCodec.encode(payloads[index]) }
        }
        var blobs: [EncodedBlob] = []
        blobs.reserveCapacity(encoded.count)
        for result in encoded {
            switch result {
            case .success(let blob): blobs.append(blob)
            case .failure(let error): throw StoreError.compression(path: path, detail: error.description)
            }
        }
        var distinct: [String: EncodedBlob] = [:]
        for blob in blobs where distinct[blob.hash] == nil { distinct[blob.hash] = blob }
        let rawBytes = distinct.values.reduce(Int64(0)) { $0 + Int64($1.rawSize) }
        let storedBytes = distinct.values.reduce(Int64(0)) { $0 + Int64($1.frame.count) }
        let contentHash = Self.contentHash(units: zip(placed.indices, placed).filter { $0.1.level == "unit" }
            .map { ($0.1.entry.code, blobs[2 * $0.0].hash) })
        let unitEntries = content.units
        let quarantined = content.manifest.filter { $0.status == .quarantined }.count
        // 2. One transaction.
        return try storeCall(path) {
            try pool.write { db in
                var added = 0
                var addedBytes = Int64(0)
                let insertBlob = try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO blob(hash, raw_size, stored_size, data) VALUES (?, ?, ?, ?)
                    """)
                for hash in distinct.keys.sorted() {
                    let blob = distinct[hash]!
                    try insertBlob.execute(arguments: [blob.hash, blob.rawSize, blob.frame.count, Data(blob.frame)])
                    if db.changesCount > 0 { added += 1; addedBytes += Int64(blob.frame.count) }
                }
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
                for (index, item) in placed.enumerated() {
                    let entry = item.entry
                    try insertBudget.execute(arguments: [
                        id, item.level, entry.code, entry.name, entry.departmentCode, entry.file,
                        blobs[2 * index].hash, blobs[2 * index + 1].hash, entry.errorCount, entry.warningCount,
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

    /// SHA-256 over the units' `code TAB text-hash LF` lines sorted by code.
    static func contentHash(units: [(code: String, hash: String)]) -> String {
        let lines = units.sorted { $0.code < $1.code }.map { "\($0.code)\t\($0.hash)\n" }
        return ContentHash.sha256(lines.joined())
    }
}
