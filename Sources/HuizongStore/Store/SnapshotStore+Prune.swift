import Foundation
import GRDB
import HuizongParse

/// What `SnapshotStore.prune(keep:)` removed.
public struct PruneReport: Sendable, Hashable, CustomStringConvertible {
    /// The snapshots removed, oldest first.
    public var removedSnapshots: [SnapshotSummary]
    /// Blobs no longer referenced by any snapshot, removed with them.
    public var removedBlobCount: Int
    /// Their compressed and uncompressed bytes.
    public var removedStoredBytes: Int64
    public var removedRawBytes: Int64
    /// Bytes of database pages the removal freed (reused by later writes: the file does not
    /// shrink without `VACUUM`).
    public var freedBytes: Int64
    /// Free bytes inside the file after the removal, and the database's size in pages.
    public var freeBytes: Int64
    public var databaseBytes: Int64

    /// The report for people.
    public var description: String {
        let ids = removedSnapshots.map { String($0.id) }.joined(separator: "、")
        return "删除快照 \(removedSnapshots.count) 个\(ids.isEmpty ? "" : "（\(ids)）")，不再被引用的内容 \(removedBlobCount) 项"
            + "（压缩后 \(removedStoredBytes) 字节）；释放页面 \(freedBytes) 字节，文件内空闲 \(freeBytes) 字节 / 共 \(databaseBytes) 字节"
    }
}

extension SnapshotStore {
    /// Removes all but the `keep` newest snapshots, then every blob no longer referenced,
    /// in one transaction; reports what was removed and the space freed inside the file.
    public func prune(keep: Int) throws(StoreError) -> PruneReport {
        let keep = max(0, keep)
        return try storeCall(path) {
            try pool.write { db in
                let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                let freeBefore = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                let removed = try Row.fetchAll(db, sql: """
                    SELECT * FROM snapshot WHERE id NOT IN (SELECT id FROM snapshot ORDER BY id DESC LIMIT ?) ORDER BY id
                    """, arguments: [keep]).map(Self.summary)
                try db.execute(sql: "DELETE FROM snapshot WHERE id NOT IN (SELECT id FROM snapshot ORDER BY id DESC LIMIT ?)",
                               arguments: [keep])
                let unreferenced = """
                    NOT EXISTS (SELECT 1 FROM snapshot_budget WHERE text_hash = blob.hash)
                    AND NOT EXISTS (SELECT 1 FROM snapshot_budget WHERE findings_hash = blob.hash)
                    """
                let totals = try Row.fetchOne(db, sql: """
                    SELECT count(*), total(stored_size), total(raw_size) FROM blob WHERE \(unreferenced)
                    """)!
                try db.execute(sql: "DELETE FROM blob WHERE \(unreferenced)")
                let freeAfter = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                return PruneReport(removedSnapshots: removed, removedBlobCount: totals[0],
                                   removedStoredBytes: Int64(totals[1] as Double), removedRawBytes: Int64(totals[2] as Double),
                                   freedBytes: (freeAfter - freeBefore) * pageSize, freeBytes: freeAfter * pageSize,
                                   databaseBytes: pages * pageSize)
            }
        }
    }

    /// Writes snapshot `id` to `folder`: every unit budget as `<code>-<year>.txt` (the
    /// canonical text, which reads back to the stored model) and `manifest.csv`.
    ///
    /// - Returns: The file names written, in order.
    @discardableResult
    public func export(_ id: Int64, to folder: URL) throws(StoreError) -> [String] {
        guard let snapshot = try summary(id: id) else { throw unknown(id) }
        let budgets = try budgets(of: id).filter { $0.level == "unit" }
        let manifest = try manifest(of: id)
        var written: [String] = []
        func put(_ name: String, _ bytes: [UInt8]) throws(StoreError) {
            do {
                try Data(bytes).write(to: folder.appendingPathComponent(name), options: .atomic)
            } catch {
                throw StoreError.export(path: path, folder: folder.path, detail: "\(name)：\(error.localizedDescription)")
            }
            written.append(name)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.export(path: path, folder: folder.path, detail: error.localizedDescription)
        }
        for budget in budgets {
            let year = snapshot.year.map(String.init) ?? "未定"
            try put("\(budget.code)-\(year).txt", try text(hash: budget.textHash))
        }
        let rows = manifest.map { entry in
            [entry.path, String(entry.size), entry.sha256, entry.status == .read ? "已读入" : "已隔离", entry.reason, entry.unitCode ?? ""]
        }
        let csv = CSV.file(header: ["文件", "字节数", "SHA-256", "状态", "原因", "单位编码"], rows: rows)
        try put("manifest.csv", Array(csv.utf8))
        return written
    }
}
