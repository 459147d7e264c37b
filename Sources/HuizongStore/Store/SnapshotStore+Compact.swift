import Foundation
import GRDB

/// What `SnapshotStore.compact()` did to the store file.
public struct CompactReport: Sendable, Hashable, CustomStringConvertible {
    /// The database's size (pages × page size) before and after, in bytes.
    public var bytesBefore: Int64
    public var bytesAfter: Int64
    /// Free pages inside the file before, in bytes (what `prune` freed and nothing reused).
    public var freeBytesBefore: Int64

    /// The report for people.
    public var description: String {
        "整理存储：\(bytesBefore) 字节 → \(bytesAfter) 字节（收回 \(bytesBefore - bytesAfter) 字节；整理前文件内空闲 \(freeBytesBefore) 字节）"
    }
}

extension SnapshotStore {
    /// Rewrites the store file without its free pages (SQLite `VACUUM`), so that the space
    /// `prune` freed goes back to the file system; the write-ahead log is checkpointed and
    /// truncated before and after. Snapshots, blobs and their addresses are unchanged.
    ///
    /// `VACUUM` needs the store to itself: it waits for other connections (the busy
    /// timeout) and fails with `sqlite` when a run keeps writing.
    public func compact() throws(StoreError) -> CompactReport {
        try storeCall(path) {
            try pool.writeWithoutTransaction { db in
                let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                let before = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let free = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                let after = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                return CompactReport(bytesBefore: before * pageSize, bytesAfter: after * pageSize,
                                     freeBytesBefore: free * pageSize)
            }
        }
    }
}
