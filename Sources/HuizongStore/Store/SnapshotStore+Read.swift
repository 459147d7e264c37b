import Foundation
import GRDB
import HuizongModel
import HuizongParse
import HuizongRules

extension SnapshotStore {
    /// Every snapshot, oldest first (ids only grow: a pruned id is never reused).
    public func list() throws(StoreError) -> [SnapshotSummary] {
        try storeCall(path) {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY id").map(Self.summary)
            }
        }
    }

    /// The snapshot `id`, or nil.
    public func summary(id: Int64) throws(StoreError) -> SnapshotSummary? {
        try storeCall(path) { try pool.read { db in try Self.fetchSummary(db, id: id) } }
    }

    /// The snapshot a person means by `reference`: an id (`12`) or a label (`2025 二上`).
    ///
    /// An id wins over a label; a label that several snapshots carry means the newest.
    /// - Throws: `StoreError.unknownSnapshot` listing the snapshots that exist.
    public func resolve(_ reference: String) throws(StoreError) -> SnapshotSummary {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        let found: SnapshotSummary? = try storeCall(path) {
            try pool.read { db in
                if let id = Int64(trimmed), let summary = try Self.fetchSummary(db, id: id) { return summary }
                return try Row.fetchOne(db, sql: "SELECT * FROM snapshot WHERE label = ? ORDER BY id DESC LIMIT 1",
                                        arguments: [trimmed]).map(Self.summary)
            }
        }
        if let found { return found }
        let all = try list()
        var available = all.suffix(20).reversed().map { "\($0.id)（\($0.label)）" }
        if all.count > 20 { available.append("……共 \(all.count) 个") }
        throw StoreError.unknownSnapshot(path: path, reference: reference, available: available)
    }

    /// The newest snapshot, optionally of one job and year.
    public func latest(job: String? = nil, year: Int? = nil) throws(StoreError) -> SnapshotSummary? {
        try storeCall(path) {
            try pool.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT * FROM snapshot WHERE (?1 IS NULL OR job = ?1) AND (?2 IS NULL OR year = ?2)
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [job, year]).map(Self.summary)
            }
        }
    }

    /// The newest snapshot older than `id`, optionally of the same job: what a run is compared with.
    public func previous(before id: Int64, job: String? = nil) throws(StoreError) -> SnapshotSummary? {
        try storeCall(path) {
            try pool.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT * FROM snapshot WHERE id < ?1 AND (?2 IS NULL OR job = ?2) ORDER BY id DESC LIMIT 1
                    """, arguments: [id, job]).map(Self.summary)
            }
        }
    }

    /// The budgets of snapshot `id`: units by code, then departments, then the district.
    /// - Throws: `unknownSnapshot` when there is no such snapshot.
    public func budgets(of id: Int64) throws(StoreError) -> [StoredBudget] {
        let rows: [StoredBudget]? = try storeCall(path) {
            try pool.read { db in
                guard try Self.fetchSummary(db, id: id) != nil else { return nil }
                // Columns by position: a snapshot has one row per unit, and lookups by name cost.
                return try Row.fetchAll(db, sql: """
                    SELECT level, code, name, department_code, file, text_hash, findings_hash, error_count, warning_count
                    FROM snapshot_budget WHERE snapshot_id = ?
                    ORDER BY CASE level WHEN 'unit' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, code
                    """, arguments: [id]).map { row in
                    StoredBudget(level: row[0], code: row[1], name: row[2], departmentCode: row[3], file: row[4],
                                 textHash: row[5], findingsHash: row[6], errorCount: row[7], warningCount: row[8])
                }
            }
        }
        guard let rows else { throw unknown(id) }
        return rows
    }

    /// The inputs of snapshot `id`, in run order.
    public func manifest(of id: Int64) throws(StoreError) -> [ManifestEntry] {
        let rows: [ManifestEntry]? = try storeCall(path) {
            try pool.read { db in
                guard try Self.fetchSummary(db, id: id) != nil else { return nil }
                return try Row.fetchAll(db, sql: "SELECT * FROM snapshot_input WHERE snapshot_id = ? ORDER BY position",
                                        arguments: [id]).map { row in
                    ManifestEntry(path: row["path"], size: row["size"], sha256: row["sha256"],
                                  status: ManifestEntry.Status(rawValue: row["status"]) ?? .read,
                                  reason: row["reason"], unitCode: row["unit_code"])
                }
            }
        }
        guard let rows else { throw unknown(id) }
        return rows
    }

    /// The bytes at address `hash`, checked: a plain blob's frame checksum, recorded size
    /// and SHA-256 must agree; a composite's parts are read the same way, concatenated, and
    /// must hash to the address.
    public func text(hash: String) throws(StoreError) -> [UInt8] {
        try storeCall(path) { try pool.read { db in try bytes(db, hash: hash) } }
    }

    /// The headline figures recorded with the budget at `hash` (a department or the
    /// district written by this version), without reading the budget; nil when none were
    /// recorded (a unit, or a budget stored whole).
    public func headlineTotals(hash: String) throws(StoreError) -> [HeadlineTotal]? {
        try storeCall(path) {
            try pool.read { db in
                let blob = try storedBlob(db, hash: hash)
                guard blob.parts > 0 else { return nil }
                return try partList(blob, hash: hash).headlines
            }
        }
    }

    /// The budget whose text is at `hash`, read back with `BudgetReader`.
    public func budget(hash: String) throws(StoreError) -> Budget {
        let bytes = try text(hash: hash)
        let result = BudgetReader.read(bytes: bytes, fileName: hash)
        guard let budget = result.budget else {
            throw StoreError.unreadableContent(path: path, hash: hash,
                                               detail: result.errors.first?.message ?? "不是预算文本")
        }
        return budget
    }

    /// The findings whose JSON is at `hash`.
    public func findings(hash: String) throws(StoreError) -> [Finding] {
        let bytes = try text(hash: hash)
        do {
            return try JSONDecoder().decode([Finding].self, from: Data(bytes))
        } catch {
            throw StoreError.unreadableContent(path: path, hash: hash, detail: "审核结果 JSON 无法解析：\(error)")
        }
    }

    /// A blob row as stored.
    struct StoredBlob {
        var rawSize: Int
        var frame: [UInt8]
        var parts: Int
    }

    /// The row of `hash`, or `missingBlob`.
    func storedBlob(_ db: Database, hash: String) throws -> StoredBlob {
        guard let row = try Row.fetchOne(db, sql: "SELECT raw_size, data, \(partsColumn) FROM blob WHERE hash = ?",
                                         arguments: [hash]) else {
            throw StoreError.missingBlob(path: path, hash: hash)
        }
        return StoredBlob(rawSize: row[0], frame: [UInt8](row[1] as Data), parts: row[2])
    }

    /// The part list of a composite, or `damagedBlob`.
    func partList(_ blob: StoredBlob, hash: String) throws -> PartList {
        switch BlobCodec.decodePartList(blob.frame, rawSize: blob.rawSize, parts: blob.parts) {
        case .success(let list): return list
        case .failure(let problem): throw StoreError.damagedBlob(path: path, hash: hash, detail: problem.message)
        }
    }

    /// The checked bytes at `hash` inside one read (so a composite's parts come from the same state).
    func bytes(_ db: Database, hash: String) throws -> [UInt8] {
        let blob = try storedBlob(db, hash: hash)
        guard blob.parts > 0 else {
            switch BlobCodec.decode(blob.frame, hash: hash, rawSize: blob.rawSize) {
            case .success(let bytes): return bytes
            case .failure(let problem): throw StoreError.damagedBlob(path: path, hash: hash, detail: problem.message)
            }
        }
        let list = try partList(blob, hash: hash)
        var out: [UInt8] = []
        out.reserveCapacity(list.parts.reduce(0) { $0 + $1.size })
        for part in list.parts {
            let bytes = try bytes(db, hash: part.hash)
            guard bytes.count == part.size else {
                throw StoreError.damagedBlob(path: path, hash: hash, detail: BlobCodec.Problem.partMismatch(
                    "部分 \(part.label) 应为 \(part.size) 字节，实为 \(bytes.count) 字节").message)
            }
            out += bytes
        }
        let actual = ContentHash.sha256(out)
        guard actual == hash else {
            throw StoreError.damagedBlob(path: path, hash: hash, detail: BlobCodec.Problem.hashMismatch(actual: actual).message)
        }
        return out
    }

    /// `unknownSnapshot` for an id, listing what exists.
    func unknown(_ id: Int64) -> StoreError {
        let available = ((try? list()) ?? []).suffix(20).reversed().map { "\($0.id)（\($0.label)）" }
        return StoreError.unknownSnapshot(path: path, reference: String(id), available: Array(available))
    }

    /// The summary of snapshot `id` inside a database access.
    static func fetchSummary(_ db: Database, id: Int64) throws -> SnapshotSummary? {
        try Row.fetchOne(db, sql: "SELECT * FROM snapshot WHERE id = ?", arguments: [id]).map(summary)
    }

    /// A `snapshot` row as a summary.
    static func summary(_ row: Row) -> SnapshotSummary {
        SnapshotSummary(
            id: row["id"], label: row["label"], job: row["job"], year: row["year"], district: row["district"],
            createdAt: row["created_at"], engineVersion: row["engine_version"], catalogueVersion: row["catalogue_version"],
            unitCount: row["unit_count"], departmentCount: row["department_count"], inputCount: row["input_count"],
            quarantinedCount: row["quarantine_count"], errorCount: row["error_count"], warningCount: row["warning_count"],
            storedBytes: row["stored_bytes"], rawBytes: row["raw_bytes"], addedBlobCount: row["added_blob_count"],
            addedBytes: row["added_bytes"], contentHash: row["content_hash"])
    }
}
