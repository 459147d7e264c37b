import Foundation
import GRDB
import HuizongModel

extension SnapshotStore {
    /// Checks the whole store: SQLite's integrity and foreign keys, every referenced blob
    /// present, every blob decompressing (LZ4 content checksum) to bytes that hash to its
    /// address — for a composite, its parts present and their bytes, concatenated, hashing
    /// to its address — and every snapshot holding as many budgets and inputs as it records.
    ///
    /// A bad blob is reported with every budget that uses it, directly or as a part (which
    /// table of which department). Runs on one read transaction (a consistent view while
    /// writers go on); blobs are checked in parallel batches.
    /// - Throws: `StoreError` only when the database cannot be read at all.
    public func verify(threads: Int? = nil) throws(StoreError) -> VerifyReport {
        try storeCall(path) {
            try pool.read { db in
                var report = VerifyReport(integrityProblems: [], missingBlobs: [], damagedBlobs: [], incompleteSnapshots: [],
                                          snapshotCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM snapshot") ?? 0,
                                          blobCount: 0)
                report.integrityProblems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                report.integrityProblems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "外键不符：\(row[0] as String? ?? "") 第 \(row[1] as Int64? ?? 0) 行 → \(row[2] as String? ?? "")"
                }
                var scan = try scanBlobs(db, threads: threads)
                report.blobCount = scan.count
                var missing = Set(try String.fetchAll(db, sql: """
                    SELECT hash FROM (SELECT text_hash AS hash FROM snapshot_budget UNION SELECT findings_hash FROM snapshot_budget)
                    WHERE hash NOT IN (SELECT hash FROM blob)
                    """))
                missing.formUnion(scan.parents.keys.filter { !scan.stored.contains($0) })
                try scan.checkComposites(db, store: self, known: missing)
                let tree = PartTree(parents: scan.parents)
                report.missingBlobs = try missing.sorted().map { hash in
                    BadBlob(hash: hash, problem: "未存储", references: try references(db, hash, tree: tree))
                }
                report.damagedBlobs = try scan.damaged.keys.sorted().map { hash in
                    BadBlob(hash: hash, problem: scan.damaged[hash]!, references: try references(db, hash, tree: tree))
                }
                report.incompleteSnapshots = try incompleteSnapshots(db)
                return report
            }
        }
    }

    private typealias BadBlob = VerifyReport.BadBlob

    /// What one pass over the blob table found.
    private struct BlobScan {
        var count = 0
        /// Every stored address.
        var stored = Set<String>()
        /// Damaged blobs and why.
        var damaged: [String: String] = [:]
        /// The composites whose part list reads, and their parts.
        var composites: [String: PartList] = [:]
        /// Each part's composites, with the part's label there.
        var parents: [String: [(parent: String, label: String)]] = [:]

        /// Assembles every composite whose parts are all sound and checks that the bytes
        /// hash to its address (a composite over a bad part is not reported again).
        mutating func checkComposites(_ db: Database, store: SnapshotStore, known missing: Set<String>) throws {
            var sound: [String: Bool] = [:]
            func isSound(_ hash: String) -> Bool {
                if let known = sound[hash] { return known }
                let result = !missing.contains(hash) && damaged[hash] == nil
                    && (composites[hash]?.parts.allSatisfy { isSound($0.hash) } ?? true)
                sound[hash] = result
                return result
            }
            for hash in composites.keys.sorted() where isSound(hash) {
                do { _ = try store.bytes(db, hash: hash) } catch let error as StoreError {
                    guard case .damagedBlob(_, _, let detail) = error else { throw error }
                    damaged[hash] = detail
                }
            }
        }
    }

    /// Decompresses and hashes every blob (reads every composite's part list), in batches
    /// of 64 checked in parallel.
    private func scanBlobs(_ db: Database, threads: Int?) throws -> BlobScan {
        struct Item: Sendable { var hash: String; var rawSize: Int; var data: [UInt8]; var parts: Int }
        var scan = BlobScan()
        var batch: [Item] = []
        func flush() {
            let results = Parallel.map(batch, threads: threads) { item -> Result<PartList?, BlobCodec.Problem> in
                guard item.parts > 0 else { return BlobCodec.decode(item.data, hash: item.hash, rawSize: item.rawSize).map { _ in nil } }
                return BlobCodec.decodePartList(item.data, rawSize: item.rawSize, parts: item.parts).map { $0 }
            }
            for (item, result) in zip(batch, results) {
                switch result {
                case .failure(let problem): scan.damaged[item.hash] = problem.message
                case .success(nil): break
                case .success(let list?):
                    scan.composites[item.hash] = list
                    for part in list.parts { scan.parents[part.hash, default: []].append((item.hash, part.label)) }
                }
                scan.stored.insert(item.hash)
            }
            scan.count += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT hash, raw_size, data, \(partsColumn) FROM blob ORDER BY hash")
        while let row = try rows.next() {
            let data: Data = row[2] ?? Data()
            batch.append(Item(hash: row[0], rawSize: row[1], data: [UInt8](data), parts: row[3]))
            if batch.count == 64 { flush() }
        }
        flush()
        return scan
    }

    /// Every budget row that uses `hash`: directly, or through the composites above it.
    private func references(_ db: Database, _ hash: String, tree: PartTree) throws -> [VerifyReport.Reference] {
        var out: [VerifyReport.Reference] = []
        for (top, path) in tree.paths(to: hash) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT b.snapshot_id, s.label, b.level, b.code, b.name,
                       CASE WHEN b.text_hash = ?1 THEN 'text' ELSE 'findings' END AS role
                FROM snapshot_budget b JOIN snapshot s ON s.id = b.snapshot_id
                WHERE b.text_hash = ?1 OR b.findings_hash = ?1
                ORDER BY b.snapshot_id, b.level, b.code
                """, arguments: [top])
            out += rows.map { row in
                VerifyReport.Reference(snapshotID: row[0], snapshotLabel: row[1], level: row[2], code: row[3], name: row[4],
                                       role: row[5], part: path.isEmpty ? nil : path.joined(separator: " › "))
            }
        }
        return Array(Set(out)).sorted {
            ($0.snapshotID, $0.level, $0.code, $0.role, $0.part ?? "") < ($1.snapshotID, $1.level, $1.code, $1.role, $1.part ?? "")
        }
    }

    /// Snapshots whose rows disagree with their recorded counts.
    private func incompleteSnapshots(_ db: Database) throws -> [VerifyReport.IncompleteSnapshot] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.label, s.unit_count, s.department_count, s.input_count,
                (SELECT count(*) FROM snapshot_budget b WHERE b.snapshot_id = s.id AND b.level = 'unit'),
                (SELECT count(*) FROM snapshot_budget b WHERE b.snapshot_id = s.id AND b.level = 'department'),
                (SELECT count(*) FROM snapshot_input i WHERE i.snapshot_id = s.id)
            FROM snapshot s ORDER BY s.id
            """).compactMap { row in
            var problems: [String] = []
            for (name, claimed, found) in [("单位", 2, 5), ("部门", 3, 6), ("输入文件", 4, 7)] {
                let expected: Int = row[claimed]
                let actual: Int = row[found]
                if expected != actual { problems.append("\(name)应有 \(expected) 个，实有 \(actual) 个") }
            }
            return problems.isEmpty ? nil : VerifyReport.IncompleteSnapshot(id: row[0], label: row[1], problem: problems.joined(separator: "；"))
        }
    }
}

/// Which composites hold which parts, for naming where a bad blob is used.
struct PartTree {
    /// Each part's composites, with the part's label there.
    var parents: [String: [(parent: String, label: String)]]

    /// Every way up from `hash` to an address no composite holds: (that address, the labels
    /// on the way down from it). `hash` itself with no labels when nothing holds it.
    func paths(to hash: String, depth: Int = 0) -> [(top: String, labels: [String])] {
        guard let above = parents[hash], !above.isEmpty, depth < 8 else { return [(hash, [])] }
        var out: [(String, [String])] = [(hash, [])]  // a row may also point at it directly
        for (parent, label) in above {
            out += paths(to: parent, depth: depth + 1).map { ($0.top, $0.labels + [label]) }
        }
        return out
    }
}
