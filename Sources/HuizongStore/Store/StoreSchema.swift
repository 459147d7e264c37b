import GRDB

/// The store's schema: named migrations and the `meta` table that marks a file as ours.
///
/// Migrations are never edited once shipped; a new schema version adds a migration
/// (`"v2"`, …) that also raises `meta.schema_version`.
enum StoreSchema {
    /// The value of `meta.format` in every Huizong store.
    static let format = "huizong-store"
    /// The schema version this build writes and understands.
    static let version = 2
    /// The migration identifiers this build knows, oldest first.
    static let migrationIDs = ["v1", "v2"]

    /// The migrator of every known migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: v1)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?), ('schema_version', '1')",
                           arguments: [format])
        }
        migrator.registerMigration("v2", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: v2)
        }
        return migrator
    }

    /// Schema version 1.
    static let v1 = """
        CREATE TABLE meta(
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE blob(
            hash TEXT PRIMARY KEY NOT NULL,
            raw_size INTEGER NOT NULL,
            stored_size INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        CREATE TABLE snapshot(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            label TEXT NOT NULL,
            job TEXT NOT NULL,
            year INTEGER,
            district TEXT NOT NULL,
            created_at TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            catalogue_version TEXT NOT NULL,
            unit_count INTEGER NOT NULL,
            department_count INTEGER NOT NULL,
            input_count INTEGER NOT NULL,
            quarantine_count INTEGER NOT NULL,
            error_count INTEGER NOT NULL,
            warning_count INTEGER NOT NULL,
            raw_bytes INTEGER NOT NULL,
            stored_bytes INTEGER NOT NULL,
            added_blob_count INTEGER NOT NULL,
            added_bytes INTEGER NOT NULL,
            content_hash TEXT NOT NULL
        );
        CREATE INDEX snapshot_by_label ON snapshot(label);
        CREATE INDEX snapshot_by_job ON snapshot(job, year);
        CREATE TABLE snapshot_budget(
            snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
            level TEXT NOT NULL CHECK (level IN ('unit', 'department', 'district')),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            department_code TEXT NOT NULL,
            file TEXT NOT NULL,
            text_hash TEXT NOT NULL REFERENCES blob(hash),
            findings_hash TEXT NOT NULL REFERENCES blob(hash),
            error_count INTEGER NOT NULL,
            warning_count INTEGER NOT NULL,
            PRIMARY KEY (snapshot_id, level, code)
        );
        CREATE INDEX snapshot_budget_by_text ON snapshot_budget(text_hash);
        CREATE INDEX snapshot_budget_by_findings ON snapshot_budget(findings_hash);
        CREATE TABLE snapshot_input(
            snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('read', 'quarantined')),
            reason TEXT NOT NULL,
            unit_code TEXT,
            PRIMARY KEY (snapshot_id, position)
        );
        """

    /// Schema version 2: composite blobs.
    ///
    /// `blob.parts` is 0 for a plain blob (its frame holds the bytes of its address) and the
    /// number of parts for a composite, whose frame holds a part list (`PartList`): the
    /// bytes of its address are its parts' bytes, concatenated. Department and district
    /// budgets are stored as composites of their tables, so unchanged tables (and each
    /// unit's block of the procurement table) are shared between drafts. Existing blobs
    /// stay plain; a v1 store opens and is migrated in place.
    static let v2 = """
        ALTER TABLE blob ADD COLUMN parts INTEGER NOT NULL DEFAULT 0;
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        """

    /// What an existing database file is, judged without writing to it.
    enum Inspection: Equatable {
        /// No tables at all: a new store may be created in it.
        case empty
        /// A Huizong store at `version`.
        case store(version: Int)
    }

    /// Reads `db` without changing it; throws `notAStore` or `newerSchema` for files we must not touch.
    static func inspect(_ db: Database, path: String) throws -> Inspection {
        let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if tables.isEmpty { return .empty }
        guard tables.contains("meta") else {
            throw StoreError.notAStore(path: path, detail: "SQLite 数据库，但没有 meta 表")
        }
        var meta: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
            let key: String = row["key"] ?? ""
            if meta[key] == nil { meta[key] = row["value"] ?? "" }
        }
        guard meta["format"] == format else {
            throw StoreError.notAStore(path: path, detail: "meta.format = \(meta["format"] ?? "（无）")")
        }
        guard let text = meta["schema_version"], let found = Int(text) else {
            throw StoreError.notAStore(path: path, detail: "meta.schema_version 缺失或无效")
        }
        if found > version {
            throw StoreError.newerSchema(path: path, found: text, supported: version)
        }
        if tables.contains("grdb_migrations") {
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            if let unknown = applied.first(where: { !migrationIDs.contains($0) }) {
                throw StoreError.newerSchema(path: path, found: "\(text)（迁移 \(unknown)）", supported: version)
            }
        }
        return .store(version: found)
    }
}
