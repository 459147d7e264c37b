import Foundation
import GRDB
import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongStore

/// A store written by the first schema (every budget one plain blob) opens, reads and migrates.
@Suite struct StoreMigrationTests {
    /// Writes `content` as a version-1 build did: schema v1 only, every text one blob.
    static func writeVersion1(_ content: SnapshotContent, to path: String) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: StoreSchema.v1)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', 'huizong-store'), ('schema_version', '1')")
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            let entries = BlobPlan.items(of: content)
            for item in entries {
                for bytes in [item.entry.text, item.entry.findingsJSON] {
                    let blob = try BlobCodec.encode(bytes)
                    try db.execute(sql: "INSERT OR IGNORE INTO blob(hash, raw_size, stored_size, data) VALUES (?, ?, ?, ?)",
                                   arguments: [blob.hash, blob.rawSize, blob.frame.count, Data(blob.frame)])
                }
            }
            try db.execute(sql: """
                INSERT INTO snapshot(label, job, year, district, created_at, engine_version, catalogue_version, unit_count,
                    department_count, input_count, quarantine_count, error_count, warning_count, raw_bytes, stored_bytes,
                    added_blob_count, added_bytes, content_hash)
                VALUES (?, 'rollup', 2025, '海港区', ?, 'v1', ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')
                """, arguments: [content.label, content.createdAt, content.catalogueVersion, content.units.count, content.departments.count])
            for item in entries {
                try db.execute(sql: """
                    INSERT INTO snapshot_budget(snapshot_id, level, code, name, department_code, file, text_hash, findings_hash,
                        error_count, warning_count) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, 0)
                    """, arguments: [item.level, item.entry.code, item.entry.name, item.entry.departmentCode, item.entry.file,
                                     ContentHash.sha256(item.entry.text), ContentHash.sha256(item.entry.findingsJSON)])
            }
        }
    }

    @Test func aVersion1StoreIsReadAsItIsAndMigratedByAWriter() throws {
        let folder = try TempFolder()
        let path = folder.path("v1.huizong")
        let content = StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上")
        try Self.writeVersion1(content, to: path)

        // Read-only: read as version 1, not migrated.
        let reader = try SnapshotStore(path: path, readOnly: true)
        let old = try reader.budgets(of: 1)
        #expect(old.count == 6)
        #expect(try reader.budget(hash: old[3].textHash).code == "323")
        #expect(try reader.headlineTotals(hash: old[3].textHash) == nil)
        #expect(try reader.verify().isOK)
        let version = { try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } }
        #expect(try version() == "1")

        // Read-write: migrated to version 2, the old snapshot unchanged and readable.
        let store = try SnapshotStore(path: path)
        #expect(try version() == String(SnapshotStore.schemaVersion))
        let migrations = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.sorted() == ["v1", "v2"])
        #expect(try store.budgets(of: 1) == old)
        #expect(try store.count("SELECT count(*) FROM blob WHERE parts > 0") == 0)

        // The same content again: same addresses; the whole blobs already there are kept
        // and no part is stored beside them.
        let again = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 二上"))
        #expect(again.addedBlobCount == 0)
        #expect(try store.budgets(of: again.id).map(\.textHash) == old.map(\.textHash))
        // Changed content: the new department and district are composites.
        let changed = try store.write(StoreFixtures.content(CompositeBlobTests.oneTableChanged, label: "2025 批复"))
        #expect(try store.count("SELECT count(*) FROM blob WHERE parts > 0") == 3)  // 323's list, its group, the district's list
        #expect(try store.verify().isOK)
        for budget in try store.budgets(of: changed.id) { _ = try store.budget(hash: budget.textHash) }
        #expect(try store.prune(keep: 1).removedSnapshots.count == 2)
        #expect(try store.verify().isOK)
    }
}
