import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongStore

/// Writing and reading snapshots: round trip, dedupe, lookup, export.
@Suite struct SnapshotStoreTests {
    @Test(arguments: StoreLocation.allCases)
    func roundTripReadsBackTheOriginalBudgets(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        let originals = StoreFixtures.threeUnits
        let findings = ["323004": [StoreFixtures.finding("323004")]]
        let content = StoreFixtures.content(originals, findings: findings)
        let summary = try store.write(content)

        #expect(summary.id == 1)
        #expect(summary.label == "2025 二上" && summary.job == "rollup" && summary.year == 2025)
        #expect(summary.unitCount == 3 && summary.departmentCount == 2)
        #expect(summary.inputCount == 4 && summary.quarantinedCount == 1)
        #expect(summary.errorCount == 1 && summary.warningCount == 0)
        #expect(summary.storedBytes > 0 && summary.storedBytes < summary.rawBytes / 2)
        #expect(summary.contentHash.count == 64)
        #expect(abs(summary.createdAt.timeIntervalSince(content.createdAt)) < 0.002)
        #expect(try store.list() == [summary])

        let budgets = try store.budgets(of: summary.id)
        #expect(budgets.map(\.level) == ["unit", "unit", "unit", "department", "department", "district"])
        #expect(budgets.map(\.code) == ["323003", "323004", "324001", "323", "324", "000"])
        for (stored, original) in zip(budgets, originals) {
            #expect(try store.budget(hash: stored.textHash) == original, "unit \(original.code)")
            #expect(stored.textHash == ContentHash.sha256(Array(TextLayoutWriter.write(original).utf8)))
            #expect(try store.findings(hash: stored.findingsHash) == (findings[original.code] ?? []))
            #expect(stored.departmentCode == String(original.code.prefix(3)))
            #expect(stored.file == "\(original.code)-2025.txt")
        }
        #expect(budgets[1].errorCount == 1)
        let department = try store.budget(hash: budgets[3].textHash)
        #expect(department.code == "323" && department.t1 != nil)
        #expect(try store.manifest(of: summary.id) == content.manifest)
    }

    @Test(arguments: StoreLocation.allCases)
    func anUnchangedUnitIsStoredOnce(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        let first = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let blobsAfterFirst = try store.statistics().blobCount
        // 3 unit texts + one shared "[]" findings blob + the departments' and district's parts.
        #expect(blobsAfterFirst == Self.hashes(StoreFixtures.content(StoreFixtures.threeUnits)).count)
        #expect(first.addedBlobCount == blobsAfterFirst)

        // Second draft: 324001 renamed. Exactly the blobs whose content changed are added
        // (its text, its procurement block, and the department and district lists that
        // hold it); 323003 and 323004 are shared, and so are department 324's tables.
        var changed = StoreFixtures.threeUnits
        changed[2] = Seed.unit(code: "324001", name: "改名后的单位")
        let firstContent = StoreFixtures.content(StoreFixtures.threeUnits)
        let secondContent = StoreFixtures.content(changed, label: "2025 一下")
        let changedBlobs = Self.hashes(secondContent).subtracting(Self.hashes(firstContent))
        #expect(changedBlobs.contains(ContentHash.sha256(secondContent.units[2].text)))
        #expect(changedBlobs.count == 4)
        let second = try store.write(secondContent)
        #expect(second.addedBlobCount == changedBlobs.count)
        #expect(try store.statistics().blobCount == blobsAfterFirst + changedBlobs.count)
        #expect(second.contentHash != first.contentHash)
        let before = try store.budgets(of: first.id), after = try store.budgets(of: second.id)
        #expect(before[0].textHash == after[0].textHash && before[1].textHash == after[1].textHash)
        #expect(before[2].textHash != after[2].textHash)

        // Same content again: nothing new, same content hash.
        let third = try store.write(StoreFixtures.content(changed, label: "2025 二上"))
        #expect(third.addedBlobCount == 0 && third.addedBytes == 0)
        #expect(third.contentHash == second.contentHash)
        #expect(try store.statistics().blobCount == blobsAfterFirst + changedBlobs.count)
        let texts = try store.budgets(of: third.id).map(\.textHash)
        #expect(Set(texts).isSubset(of: Set(try store.budgets(of: second.id).map(\.textHash))))
    }

    /// Every blob address of a content (composites and their parts included).
    static func hashes(_ content: SnapshotContent) -> Set<String> {
        Set(try! BlobPlan.make(BlobPlan.items(of: content), threads: 1).reachable.map(\.hash))
    }

    @Test func resolveByIdAndLabel() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let units = [Seed.unit(code: "323003")]
        let a = try store.write(StoreFixtures.content(units, label: "2025 一上", job: "rollup"))
        let b = try store.write(StoreFixtures.content(units, label: "2025 二上", job: "job demo"))
        let c = try store.write(StoreFixtures.content(units, label: "2025 二上", job: "rollup"))
        #expect(try store.resolve("1") == a)
        #expect(try store.resolve(" 2 ") == b)
        #expect(try store.resolve("2025 二上") == c)  // several: the newest
        #expect(try store.latest() == c)
        #expect(try store.latest(job: "job demo") == b)
        #expect(try store.latest(job: "rollup", year: 2024) == nil)
        #expect(try store.previous(before: c.id, job: "rollup") == a)
        #expect(try store.previous(before: c.id) == b)
        #expect(try store.previous(before: a.id) == nil)
        do {
            _ = try store.resolve("2024 批复")
            Issue.record("expected unknownSnapshot")
        } catch {
            guard case .unknownSnapshot(_, let reference, let available) = error else { Issue.record("\(error)"); return }
            #expect(reference == "2024 批复")
            #expect(available == ["3（2025 二上）", "2（2025 二上）", "1（2025 一上）"])
            #expect(error.description.contains("没有快照“2024 批复”"))
        }
        #expect(throws: StoreError.self) { try store.budgets(of: 99) }
        #expect(throws: StoreError.self) { try store.text(hash: String(repeating: "0", count: 64)) }
    }

    @Test func exportWritesUnitTextsThatReadBackAndTheManifest() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let content = StoreFixtures.content(StoreFixtures.threeUnits)
        let summary = try store.write(content)
        let out = folder.url.appendingPathComponent("export")
        let written = try store.export(summary.id, to: out)
        #expect(written == ["323003-2025.txt", "323004-2025.txt", "324001-2025.txt", "manifest.csv"])
        for original in StoreFixtures.threeUnits {
            let result = BudgetReader.read(contentsOf: out.appendingPathComponent("\(original.code)-2025.txt").path)
            #expect(result.isFullyRead)
            #expect(result.budget == original)
        }
        let csv = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        #expect(csv.contains("坏文件.txt,3,") && csv.contains("已隔离,不是文本文件"))
        #expect(csv.split(separator: "\n").count == 5)
    }

    @Test func readOnlyOpenAndMissingFiles() throws {
        let folder = try TempFolder()
        #expect(throws: StoreError.missingFile(path: folder.path("none.huizong"))) {
            try SnapshotStore(path: folder.path("none.huizong"), readOnly: true)
        }
        let created = try SnapshotStore(path: folder.path("new.huizong"))
        try created.write(StoreFixtures.content([Seed.unit(code: "323003")]))
        let reader = try SnapshotStore(path: folder.path("new.huizong"), readOnly: true)
        #expect(try reader.list().count == 1)
        #expect(throws: StoreError.self) { try reader.write(StoreFixtures.content([Seed.unit(code: "323004")])) }
        // An empty file becomes a store.
        _ = FileManager.default.createFile(atPath: folder.path("empty.huizong"), contents: Data())
        #expect(try SnapshotStore(path: folder.path("empty.huizong")).list().isEmpty)
    }

    @Test func concurrentReadersSeeWholeSnapshots() async throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let content = StoreFixtures.content(StoreFixtures.threeUnits)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { for _ in 0..<5 { try store.write(content) } }
            for _ in 0..<2 {
                group.addTask {
                    for _ in 0..<20 {
                        for summary in try store.list() {
                            #expect(try store.budgets(of: summary.id).filter { $0.level == "unit" }.count == summary.unitCount)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.list().count == 5)
    }
}
