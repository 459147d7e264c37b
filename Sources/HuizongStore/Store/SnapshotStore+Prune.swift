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
    /// Removes all but the `keep` newest snapshots, then every blob no longer referenced
    /// (neither by a budget row nor as a part of a composite that is), in one transaction;
    /// reports what was removed and the space freed inside the file.
    ///
    /// - Throws: `damagedBlob` when a composite still in use cannot be read (its parts
    ///   cannot be told from garbage): nothing is removed; run `verify`.
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
                let live = try liveBlobs(db)
                var garbage: [String] = []
                var removedStored = Int64(0), removedRaw = Int64(0)
                for row in try Row.fetchAll(db, sql: "SELECT hash, stored_size, raw_size FROM blob") {
                    let hash: String = row[0]
                    guard !live.contains(hash) else { continue }
                    garbage.append(hash)
                    removedStored += row[1]
                    removedRaw += row[2]
                }
                let delete = try db.cachedStatement(sql: "DELETE FROM blob WHERE hash = ?")
                for hash in garbage { try delete.execute(arguments: [hash]) }
                let freeAfter = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                return PruneReport(removedSnapshots: removed, removedBlobCount: garbage.count,
                                   removedStoredBytes: removedStored, removedRawBytes: removedRaw,
                                   freedBytes: (freeAfter - freeBefore) * pageSize, freeBytes: freeAfter * pageSize,
                                   databaseBytes: pages * pageSize)
            }
        }
    }

    /// The addresses still in use: every budget row's text and findings, and every part
    /// (at any depth) of a composite among them.
    private func liveBlobs(_ db: Database) throws -> Set<String> {
        var live = Set(try String.fetchAll(db, sql: "SELECT text_hash FROM snapshot_budget UNION SELECT findings_hash FROM snapshot_budget"))
        var composites: [String: StoredBlob] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT hash, raw_size, data, parts FROM blob WHERE parts > 0") {
            composites[row[0]] = StoredBlob(rawSize: row[1], frame: [UInt8](row[2] as Data), parts: row[3])
        }
        var stack = live.filter { composites[$0] != nil }
        while let hash = stack.popFirst() {
            for part in try partList(composites[hash]!, hash: hash).parts where live.insert(part.hash).inserted {
                if composites[part.hash] != nil { stack.insert(part.hash) }
            }
        }
        return live
    }
}
