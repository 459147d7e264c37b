import Foundation
import GRDB
import HuizongModel

/// What `SnapshotStore.verify()` found.
public struct VerifyReport: Sendable, Hashable, CustomStringConvertible {
    /// A budget row that points to a blob.
    public struct Reference: Sendable, Hashable {
        public var snapshotID: Int64
        public var snapshotLabel: String
        /// `unit`, `department` or `district`.
        public var level: String
        public var code: String
        public var name: String
        /// `text` or `findings`.
        public var role: String
    }

    /// A blob that is missing or damaged, and everything that refers to it.
    public struct BadBlob: Sendable, Hashable {
        public var hash: String
        /// What is wrong, for people.
        public var problem: String
        public var references: [Reference]
    }

    /// A snapshot whose rows do not match the counts it records.
    public struct IncompleteSnapshot: Sendable, Hashable {
        public var id: Int64
        public var label: String
        public var problem: String
    }

    /// Lines of `PRAGMA integrity_check` other than `ok`, and of `PRAGMA foreign_key_check`.
    public var integrityProblems: [String]
    /// Referenced blobs that are not stored.
    public var missingBlobs: [BadBlob]
    /// Stored blobs that do not decompress, or do not hash to their address.
    public var damagedBlobs: [BadBlob]
    /// Snapshots whose budget or input rows disagree with their counts.
    public var incompleteSnapshots: [IncompleteSnapshot]
    /// How much was checked.
    public var snapshotCount: Int
    public var blobCount: Int

    /// True when nothing is wrong.
    public var isOK: Bool {
        integrityProblems.isEmpty && missingBlobs.isEmpty && damagedBlobs.isEmpty && incompleteSnapshots.isEmpty
    }

    /// The report for people, one problem a line.
    public var description: String {
        var lines = ["检查了 \(snapshotCount) 个快照、\(blobCount) 项内容：" + (isOK ? "完好" : "发现问题")]
        lines += integrityProblems.map { "  SQLite 完整性：\($0)" }
        for (title, blobs) in [("缺少内容", missingBlobs), ("内容损坏", damagedBlobs)] {
            for blob in blobs {
                lines.append("  \(title) \(blob.hash)：\(blob.problem)")
                for ref in blob.references {
                    let level = ["unit": "单位", "department": "部门", "district": "全区"][ref.level] ?? ref.level
                    let role = ref.role == "text" ? "预算文本" : "审核结果"
                    lines.append("    快照 \(ref.snapshotID)（\(ref.snapshotLabel)）\(level) \(ref.code) \(ref.name) 的\(role)")
                }
            }
        }
        lines += incompleteSnapshots.map { "  快照 \($0.id)（\($0.label)）不完整：\($0.problem)" }
        return lines.joined(separator: "\n")
    }
}

extension SnapshotStore {
    /// Checks the whole store: SQLite's integrity and foreign keys, every referenced blob
    /// present, every blob decompressing (LZ4 content checksum) to bytes that hash to its
    /// address, and every snapshot holding as many budgets and inputs as it records.
    ///
    /// Runs on one read transaction (a consistent view while writers go on); blobs are
    /// checked in parallel batches.
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
                let missing = try String.fetchAll(db, sql: """
                    SELECT hash FROM (SELECT text_hash AS hash FROM snapshot_budget UNION SELECT findings_hash FROM snapshot_budget)
                    WHERE hash NOT IN (SELECT hash FROM blob) ORDER BY hash
                    """)
                report.missingBlobs = try missing.map { BadBlob(hash: $0, problem: "未存储", references: try references(db, $0)) }
                report.damagedBlobs = try damagedBlobs(db, threads: threads, count: &report.blobCount)
                report.incompleteSnapshots = try incompleteSnapshots(db)
                return report
            }
        }
    }

    private typealias BadBlob = VerifyReport.BadBlob

    /// Decompresses and hashes every blob, in batches of 64 checked in parallel.
    private func damagedBlobs(_ db: Database, threads: Int?, count: inout Int) throws -> [BadBlob] {
        struct Item: Sendable { var hash: String; var rawSize: Int; var data: [UInt8] }
        var damaged: [BadBlob] = []
        var batch: [Item] = []
        func flush() throws {
            let problems = Parallel.map(batch, threads: threads) { item -> String? in
                if case .failure(let problem) = BlobCodec.decode(item.data, hash: item.hash, rawSize: item.rawSize) {
                    return problem.message
                }
                return nil
            }
            for (item, problem) in zip(batch, problems) {
                if let problem { damaged.append(BadBlob(hash: item.hash, problem: problem, references: try references(db, item.hash))) }
            }
            count += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT hash, raw_size, data FROM blob ORDER BY hash")
        while let row = try rows.next() {
            let data: Data = row["data"] ?? Data()
            batch.append(Item(hash: row["hash"], rawSize: row["raw_size"], data: [UInt8](data)))
            if batch.count == 64 { try flush() }
        }
        try flush()
        return damaged
    }

    /// Every budget row that points to `hash`.
    private func references(_ db: Database, _ hash: String) throws -> [VerifyReport.Reference] {
        try Row.fetchAll(db, sql: """
            SELECT b.snapshot_id, s.label, b.level, b.code, b.name,
                   CASE WHEN b.text_hash = ?1 THEN 'text' ELSE 'findings' END AS role
            FROM snapshot_budget b JOIN snapshot s ON s.id = b.snapshot_id
            WHERE b.text_hash = ?1 OR b.findings_hash = ?1
            ORDER BY b.snapshot_id, b.level, b.code
            """, arguments: [hash]).map { row in
            VerifyReport.Reference(snapshotID: row[0], snapshotLabel: row[1], level: row[2], code: row[3], name: row[4], role: row[5])
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
