import Foundation
import GRDB

/// Every run of Huizong kept in one SQLite file, as content-addressed, LZ4-compressed snapshots.
///
/// A snapshot records a run's inputs (the manifest), and for every unit, department and
/// the district a row that points to two blobs: the budget's text in the seed's layout and
/// its findings as JSON. A blob's address is the SHA-256 of the bytes it stands for, so a
/// unit that did not change between two drafts is stored once. Departments and the
/// district are composites (`blob.parts` > 0): their frame lists their parts — one per
/// table, the procurement table per unit — so only the tables that changed are new.
///
/// The store owns a GRDB `DatabasePool` in WAL mode: readers never block the writer, and a
/// snapshot is written in one transaction, so a run killed at any moment leaves either the
/// whole snapshot or none of it. Methods are synchronous and safe to call from any thread.
///
/// ```swift
/// let store = try SnapshotStore(path: "runs.huizong")
/// let summary = try store.write(SnapshotBuilder.content(of: result, label: "2025 二上", job: "rollup"))
/// let budgets = try store.budgets(of: summary.id)
/// let seed = try store.budget(hash: budgets[0].textHash)
/// ```
public final class SnapshotStore: Sendable {
    /// The store file.
    public let path: String
    /// True when opened read-only.
    public let isReadOnly: Bool
    /// The schema version of the file as opened: the current one, or an older one read
    /// without migrating it (read-only).
    let fileSchemaVersion: Int
    /// The connections.
    let pool: DatabasePool

    /// The schema version this build reads and writes.
    public static var schemaVersion: Int { StoreSchema.version }

    /// Opens the store at `path`, creating it (and its schema) when the file is missing.
    ///
    /// A file that is not a Huizong store is refused without being changed (`notAStore`),
    /// and so is a store written by a newer build (`newerSchema`): this build never
    /// migrates a schema it does not know. An older store is migrated in place by a
    /// read-write open (named migrations, `StoreSchema`), and read as it is by a read-only
    /// one. An empty file or an SQLite database without any table becomes a new store.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - readOnly: Open without writing; a missing file is then `missingFile`.
    /// - Throws: `StoreError`.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.isReadOnly = readOnly
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && readOnly { throw StoreError.missingFile(path: path) }
        let inspection = exists ? try Self.inspectFile(path) : .empty
        if readOnly {
            // An older schema is read as it is (never migrated by a reader).
            guard case .store(let version) = inspection else {
                throw StoreError.database(path: path, message: "数据库结构尚未建立，需以读写方式打开一次")
            }
            fileSchemaVersion = version
        } else {
            fileSchemaVersion = StoreSchema.version
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.maximumReaderCount = 4
        configuration.label = "HuizongStore"
        let pool = try storeCall(path) { try DatabasePool(path: path, configuration: configuration) }
        self.pool = pool
        guard !readOnly else { return }
        try storeCall(path) {
            // Checked again under the write lock: another process may have changed the file.
            let migrator = StoreSchema.migrator
            try pool.writeWithoutTransaction { db in
                _ = try StoreSchema.inspect(db, path: path)
                if try migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerSchema(path: path, found: "未知迁移", supported: StoreSchema.version)
                }
            }
            try migrator.migrate(pool)
        }
    }

    /// `blob.parts`, or 0 in a version-1 file read without migrating.
    var partsColumn: String { fileSchemaVersion >= 2 ? "parts" : "0" }

    /// Judges an existing file without writing to it: SQLite header, then the `meta` table.
    private static func inspectFile(_ path: String) throws(StoreError) -> StoreSchema.Inspection {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.database(path: path, message: "无法打开文件")
        }
        let header = (try? handle.read(upToCount: 16)) ?? nil
        try? handle.close()
        guard let header, !header.isEmpty else { return .empty }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw StoreError.notAStore(path: path, detail: "不是 SQLite 文件")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        return try storeCall(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try StoreSchema.inspect(db, path: path) }
        }
    }

    /// Figures about the whole file.
    public struct Statistics: Sendable, Hashable {
        /// Snapshots stored.
        public var snapshotCount: Int
        /// Distinct blobs stored.
        public var blobCount: Int
        /// Their uncompressed and compressed bytes.
        public var blobRawBytes: Int64
        public var blobStoredBytes: Int64
        /// The database's pages in bytes, and the free part of them (reusable without growing the file).
        public var databaseBytes: Int64
        public var freeBytes: Int64
    }

    /// Counts of snapshots and blobs, and the space they take.
    public func statistics() throws(StoreError) -> Statistics {
        try storeCall(path) {
            try pool.read { db in
                let blobs = try Row.fetchOne(db, sql: "SELECT count(*), total(raw_size), total(stored_size) FROM blob")!
                let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let free = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                return Statistics(
                    snapshotCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM snapshot") ?? 0,
                    blobCount: blobs[0], blobRawBytes: Int64(blobs[1] as Double), blobStoredBytes: Int64(blobs[2] as Double),
                    databaseBytes: pages * pageSize, freeBytes: free * pageSize)
            }
        }
    }
}
