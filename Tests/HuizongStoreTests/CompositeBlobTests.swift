import Foundation
import GRDB
import Testing
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongTestSupport
@testable import HuizongStore

/// Departments and the district stored as composites of their tables: sharing between
/// drafts, reading back, export, verify and prune.
@Suite struct CompositeBlobTests {
    /// The seed's three units with one T6 amount of 323004 changed by 0.01.
    static var oneTableChanged: [Budget] {
        var units = StoreFixtures.threeUnits
        var address: CellAddress?
        units[1].forEachAmountCell { cell in if address == nil, cell.address.table == .t6 { address = cell.address } }
        let target = address!
        _ = units[1].setAmount(units[1].amount(at: target).orZero + Amount("0.01"), at: target)
        return units
    }

    /// The parts of the composite at `hash`, by label.
    static func parts(_ store: SnapshotStore, _ hash: String) throws -> [String: String] {
        try store.pool.read { db in
            let list = try store.partList(try store.storedBlob(db, hash: hash), hash: hash)
            return Dictionary(list.parts.map { ($0.label, $0.hash) }, uniquingKeysWith: { a, _ in a })
        }
    }

    @Test(arguments: StoreLocation.allCases)
    func aChangedTableAddsOnlyThatTable(_ location: StoreLocation) throws {
        let folder = try TempFolder(location)
        let store = try folder.store()
        let first = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let second = try store.write(StoreFixtures.content(Self.oneTableChanged, label: "2025 二上"))
        // The unit's text, T6 of department 323 and of the district, and the two lists.
        #expect(second.addedBlobCount == 5)
        let before = try store.budgets(of: first.id), after = try store.budgets(of: second.id)
        for level in ["department", "district"] {
            let code = level == "district" ? "000" : "323"
            let old = try Self.parts(store, before.first { $0.level == level && $0.code == code }!.textHash)
            let new = try Self.parts(store, after.first { $0.level == level && $0.code == code }!.textHash)
            #expect(Set(old.keys) == Set(new.keys))
            #expect(old.keys.filter { old[$0] != new[$0] } == ["T6"], "\(level)")
        }
        // Department 324 did not change at all.
        #expect(before.first { $0.code == "324" }!.textHash == after.first { $0.code == "324" }!.textHash)
    }

    @Test func compositesReadBackToTheBudgetsAndTheirHeadlines() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        var content = StoreFixtures.content(StoreFixtures.threeUnits)
        let departments = Dictionary(grouping: StoreFixtures.threeUnits) { String($0.code.prefix(3)) }
        let sums = departments.keys.sorted().map { BudgetSum.sum(departments[$0]!, code: $0, name: "部门\($0)", year: 2025) }
        content.departments = sums.map { SnapshotBuilder.entry($0, findings: [], departmentCode: "", file: "", headlines: true) }
        let summary = try store.write(content)
        for (row, sum) in zip(try store.budgets(of: summary.id).filter { $0.level == "department" }, sums) {
            #expect(row.textHash == ContentHash.sha256(Array(TextLayoutWriter.write(sum).utf8)))
            #expect(try store.budget(hash: row.textHash) == sum)
            #expect(try store.headlineTotals(hash: row.textHash) == TableTotals.of(sum))
            #expect(try store.count("SELECT parts FROM blob WHERE hash = '\(row.textHash)'") > 10)
        }
        let district = try store.budgets(of: summary.id).first { $0.level == "district" }!
        #expect(try store.headlineTotals(hash: district.textHash) == nil)  // entry made without headlines
        #expect(try store.headlineTotals(hash: try store.budgets(of: summary.id)[0].textHash) == nil)  // a unit
        #expect(try store.verify().isOK)
    }

    @Test func theDistrictReusesTheDepartmentsProcurementBlocks() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let summary = try store.write(StoreFixtures.content(StoreFixtures.threeUnits))
        let budgets = try store.budgets(of: summary.id)
        let department = try Self.parts(store, budgets.first { $0.code == "323" }!.textHash)
        let district = try Self.parts(store, budgets.first { $0.level == "district" }!.textHash)
        let group = try #require(department["P 单位明细 2 项"])
        #expect(district["部门 323 P 单位明细 2 项"] == group)
        #expect(district.keys.contains("P 测试单位324001小计"))
        #expect(Set(district.keys).isSuperset(of: ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "P 表头", "A"]))
    }

    @Test func exportWritesConsolidatedBudgetsThatReadBack() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let content = StoreFixtures.content(StoreFixtures.threeUnits)
        let summary = try store.write(content)
        let out = folder.url.appendingPathComponent("export")
        let written = try store.export(summary.id, to: out, consolidated: true)
        #expect(written == ["323003-2025.txt", "323004-2025.txt", "324001-2025.txt", "departments/323.txt", "departments/324.txt",
                            "district.txt", "manifest.csv"])
        let entries = content.departments + [content.districtBudget!]
        for (name, entry) in zip(["departments/323.txt", "departments/324.txt", "district.txt"], entries) {
            let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent(name)))
            #expect(bytes == entry.text, "\(name)")
            let read = BudgetReader.read(bytes: bytes, fileName: name)
            #expect(read.isFullyRead && read.budget?.code == entry.code)
        }
    }

    @Test func verifyNamesTheDepartmentOfADamagedTable() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let summary = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let department = try store.budgets(of: summary.id).first { $0.code == "323" }!
        let t3 = try #require(try Self.parts(store, department.textHash)["T3"])
        let frame = try LZ4Frame.compress(Array("别的内容".utf8))
        try store.tamper("UPDATE blob SET data = ? WHERE hash = ?", [Data(frame), t3])

        let report = try store.verify()
        #expect(report.damagedBlobs.map(\.hash) == [t3])  // the lists above it are not reported again
        let references = try #require(report.damagedBlobs.first?.references)
        #expect(references.map(\.code) == ["323"] && references.first?.part == "T3")
        #expect(report.description.contains("快照 1（2025 一上）部门 323 部门323 的预算文本（T3）"))
        #expect(throws: StoreError.self) { try store.budget(hash: department.textHash) }

        // A damaged list still in use: prune cannot tell its parts from garbage, and removes nothing.
        try store.tamper("UPDATE blob SET data = ? WHERE hash = ?", [Data(frame), department.textHash])
        let blobs = try store.statistics().blobCount
        #expect(throws: StoreError.self) { _ = try store.prune(keep: 1) }
        #expect(try store.statistics().blobCount == blobs)
    }

    @Test func verifyFollowsAProcurementBlockUpToEveryBudget() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        let summary = try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let budgets = try store.budgets(of: summary.id)
        let group = try #require(try Self.parts(store, budgets.first { $0.code == "323" }!.textHash)["P 单位明细 2 项"])
        let block = try #require(try Self.parts(store, group)["P 测试单位323004小计"])
        try store.tamper("PRAGMA foreign_keys = OFF")
        try store.tamper("DELETE FROM blob WHERE hash = ?", [block])
        let report = try store.verify()
        let missing = try #require(report.missingBlobs.first { $0.hash == block })
        #expect(Set(missing.references.map(\.code)) == ["323", "000"])
        #expect(report.description.contains("部门 323 部门323 的预算文本（P 单位明细 2 项 › P 测试单位323004小计）"))
        #expect(report.description.contains("全区 000 海港区 的预算文本（部门 323 P 单位明细 2 项 › P 测试单位323004小计）"))
        #expect(report.damagedBlobs.isEmpty)
    }

    @Test func pruneKeepsThePartsOfKeptSnapshots() throws {
        let folder = try TempFolder()
        let store = try folder.store()
        try store.write(StoreFixtures.content(StoreFixtures.threeUnits, label: "2025 一上"))
        let kept = StoreFixtures.content(Self.oneTableChanged, label: "2025 二上")
        try store.write(kept)
        let report = try store.prune(keep: 1)
        // Gone: the old unit text, the old T6 of department 323 and of the district, and the two old lists.
        #expect(report.removedBlobCount == 5)
        #expect(try store.statistics().blobCount == SnapshotStoreTests.hashes(kept).count)
        #expect(try store.verify().isOK)
        let out = folder.url.appendingPathComponent("export")
        try store.export(2, to: out, consolidated: true)
        #expect(try [UInt8](Data(contentsOf: out.appendingPathComponent("district.txt"))) == kept.districtBudget!.text)
    }
}
