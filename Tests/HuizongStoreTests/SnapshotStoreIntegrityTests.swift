import Foundation
import GRDB
import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongStore

/// Damage, pruning, foreign and newer files, a full disk.
@Suite struct SnapshotStoreIntegrityTests {
    @Test(arguments: StoreLocation.allCases)
    func verifyNamesTheSnapshotAndUnitOfACorruptedBlob(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        let first = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let second = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一下"))
        #expect(try store.verify().isOK)

        let target = try #require(try store.budgets(of: first.id).first { $0.code == "323004" })
        var frame = [UInt8](try #require(try store.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT data FROM blob WHERE hash = ?", arguments: [target.textHash])
        }))
        frame[frame.count / 2] ^= 0x5A
        try store.tamper("UPDATE blob SET data = ? WHERE hash = ?", [Data(frame), target.textHash])

        let report = try store.verify()
        #expect(!report.isOK)
        #expect(report.blobCount == SnapshotStoreTests.hashes(StoreFixtures.content(StoreFixtures.threeUnits)).count)
        #expect(report.snapshotCount == 2)
        let bad = try #require(report.damagedBlobs.first)
        #expect(report.damagedBlobs.count == 1 && bad.hash == target.textHash)
        #expect(bad.references.map(\.snapshotID) == [first.id, second.id])
        #expect(bad.references.allSatisfy { $0.code == "323004" && $0.name == "测试单位323004" && $0.level == "unit" && $0.role == "text" })
        #expect(report.description.contains("快照 1（2025 一上）单位 323004 测试单位323004 的预算文本"))
        #expect(throws: StoreError.self) { try store.budget(hash: target.textHash) }

        // A valid frame of other bytes: decompresses, but does not hash to its address.
        let other = try LZ4Frame.compress(Array("别的内容".utf8))
        try store.tamper("UPDATE blob SET data = ? WHERE hash = ?", [Data(other), target.textHash])
        let again = try store.verify()
        #expect(again.damagedBlobs.first?.problem.contains("与地址不符") == true)
    }

    @Test func verifyReportsMissingBlobsAndIncompleteSnapshots() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let summary = try store.write(StoreFixtures.content(StoreFixtures.threeUnits))
        let hash = try store.budgets(of: summary.id)[0].textHash
        try store.tamper("PRAGMA foreign_keys = OFF")
        try store.tamper("DELETE FROM blob WHERE hash = ?", [hash])
        try store.tamper("DELETE FROM snapshot_budget WHERE code = '324001'")
        try store.tamper("PRAGMA foreign_keys = ON")
        let report = try store.verify()
        #expect(report.missingBlobs.map(\.hash) == [hash])
        #expect(report.missingBlobs.first?.references.first?.code == "323003")
        #expect(report.incompleteSnapshots.map(\.id) == [summary.id])
        #expect(report.incompleteSnapshots.first?.problem == "单位应有 3 个，实有 2 个")
        #expect(!report.integrityProblems.isEmpty)  // foreign_key_check
    }

    @Test(arguments: StoreLocation.allCases)
    func pruneKeepsTheNewestAndRemovesUnreferencedBlobs(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        var summaries: [SnapshotSummary] = []
        var contents: [SnapshotContent] = []
        for round in 0..<4 {  // each round renames one more unit: new blobs every time
            let units = StoreFixtures.codes.enumerated().map { index, code in
                Seed.unit(code: code, name: index < round ? "第\(round)稿单位\(code)" : nil)
            }
            contents.append(StoreFixtures.content(units, label: "稿 \(round)"))
            summaries.append(try store.write(contents.last!))
        }
        // Kept: every blob of the last two snapshots, the parts of their composites included.
        let kept = contents.suffix(2).reduce(into: Set<String>()) { $0.formUnion(SnapshotStoreTests.hashes($1)) }
        let report = try store.prune(keep: 2)
        #expect(report.removedSnapshots.map(\.id) == [1, 2])
        #expect(report.removedBlobCount > 0 && report.removedStoredBytes > 0 && report.freedBytes > 0)
        #expect(try store.list().map(\.id) == [3, 4])
        #expect(try store.statistics().blobCount == kept.count)
        #expect(try store.verify().isOK)
        for summary in try store.list() {
            for budget in try store.budgets(of: summary.id) { _ = try store.budget(hash: budget.textHash) }
        }
        #expect(try store.count("SELECT count(*) FROM snapshot_input WHERE snapshot_id < 3") == 0)
        // Ids are never reused.
        #expect(try store.write(StoreFixtures.content([Seed.unit(code: "323003")])).id == 5)
        #expect(try store.prune(keep: 10).removedSnapshots.isEmpty)
        let all = try store.prune(keep: 0)
        #expect(all.removedSnapshots.count == 3)
        #expect(try store.statistics().blobCount == 0)
    }

    @Test(arguments: StoreLocation.allCases)
    func compactGivesPrunedSpaceBackAndKeepsSnapshots(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        for round in 0..<3 {
            let units = StoreFixtures.codes.map { Seed.unit(code: $0, name: "第\(round)稿单位\($0)") }
            _ = try store.write(StoreFixtures.content(units, label: "稿 \(round)"))
        }
        let kept = try store.budgets(of: 3).map(\.textHash)
        let pruned = try store.prune(keep: 1)
        #expect(pruned.freeBytes > 0)
        let report = try store.compact()
        #expect(report.freeBytesBefore == pruned.freeBytes)
        #expect(report.bytesAfter < report.bytesBefore)
        #expect(report.bytesBefore - report.bytesAfter >= report.freeBytesBefore)
        #expect(try store.count("SELECT count(*) FROM pragma_freelist_count WHERE freelist_count > 0") == 0)
        #expect(try store.list().map(\.id) == [3])
        #expect(try store.budgets(of: 3).map(\.textHash) == kept)
        #expect(try store.verify().isOK)
        // Compacting a compact store changes nothing.
        let again = try store.compact()
        #expect(again.bytesAfter == again.bytesBefore && again.freeBytesBefore == 0)
    }

    @Test func filesThatAreNotStoresAreRefusedUnchanged() throws {
        let folder = try TempFolder()
        // Garbage.
        let garbage = folder.path("garbage.huizong")
        let noise = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        _ = FileManager.default.createFile(atPath: garbage, contents: noise)
        #expect(throws: StoreError.notAStore(path: garbage, detail: "不是 SQLite 文件")) { try SnapshotStore(path: garbage) }
        #expect(FileManager.default.contents(atPath: garbage) == noise)
        // A text file.
        let text = folder.path("323003-2025.txt")
        _ = FileManager.default.createFile(atPath: text, contents: Data(Seed.text.utf8))
        #expect(throws: StoreError.self) { try SnapshotStore(path: text) }
        // Plain SQLite without meta.
        let plain = folder.path("plain.sqlite")
        try DatabaseQueue(path: plain).write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        let before = FileManager.default.contents(atPath: plain)
        do {
            _ = try SnapshotStore(path: plain)
            Issue.record("expected notAStore")
        } catch {
            #expect(error == .notAStore(path: plain, detail: "SQLite 数据库，但没有 meta 表"))
            #expect(error.description.hasPrefix("不是 Huizong 数据库：\(plain)"))
        }
        #expect(FileManager.default.contents(atPath: plain) == before)
        // SQLite with a meta table of something else.
        let other = folder.path("other.sqlite")
        try DatabaseQueue(path: other).write { db in
            try db.execute(sql: "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('format', 'other-app')")
        }
        #expect(throws: StoreError.notAStore(path: other, detail: "meta.format = other-app")) { try SnapshotStore(path: other) }
    }

    @Test func aNewerSchemaIsRefusedAndNotMigrated() throws {
        let folder = try TempFolder()
        let path = folder.path("newer.huizong")
        try SnapshotStore(path: path).write(StoreFixtures.content([Seed.unit(code: "323003")]))
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE meta SET value = '999' WHERE key = 'schema_version'") }
        for readOnly in [false, true] {
            #expect(throws: StoreError.newerSchema(path: path, found: "999", supported: SnapshotStore.schemaVersion)) {
                try SnapshotStore(path: path, readOnly: readOnly)
            }
        }
        // A migration this build does not know, with the version left alone.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [String(SnapshotStore.schemaVersion)])
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99')")
        }
        do {
            _ = try SnapshotStore(path: path)
            Issue.record("expected newerSchema")
        } catch {
            guard case .newerSchema = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("更新版本"))
        }
        let migrations = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.sorted() == ["v1", "v2", "v99"])
    }

    @Test func aFullDiskRollsTheWholeSnapshotBack() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let first = try store.write(StoreFixtures.content([Seed.unit(code: "323003")]))
        let blobs = try store.statistics().blobCount
        let pages = try store.count("PRAGMA page_count")
        try store.tamper("PRAGMA max_page_count = \(pages + 2)")
        let many = (1...30).map { Seed.unit(code: String(format: "325%03d", $0)) }
        do {
            _ = try store.write(StoreFixtures.content(many, label: "太大"))
            Issue.record("expected diskFull")
        } catch {
            guard case .diskFull(let path, let message) = error else { Issue.record("\(error)"); return }
            #expect(path == store.path && message.contains("full"))
            #expect(error.description.contains("磁盘已满"))
        }
        #expect(try store.list() == [first])
        #expect(try store.statistics().blobCount == blobs)
        #expect(try store.verify().isOK)
        try store.tamper("PRAGMA max_page_count = 1073741823")
        #expect(try store.write(StoreFixtures.content(many, label: "够了")).unitCount == 30)
    }
}
