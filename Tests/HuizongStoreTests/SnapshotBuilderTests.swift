import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules
import HuizongTestSupport
@testable import HuizongStore

/// A real roll-up turned into a snapshot and read back.
@Suite struct SnapshotBuilderTests {
    @Test func aRollupIsStoredWithItsManifestAndReadsBack() throws {
        let folder = try TempFolder()
        var files: [String] = []
        for code in ["323003", "323004", "324001"] {
            let path = folder.path("\(code)-2025.txt")
            try Seed.text(code: code).write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        // One unit with an error finding, one unreadable file.
        let wrong = folder.path("324002-2025.txt")
        try Seed.text(code: "324002").replacingOccurrences(of: "\t1805.65\n", with: "\t1805.66\n")
            .write(toFile: wrong, atomically: true, encoding: .utf8)
        let garbage = folder.path("坏文件.txt")
        _ = FileManager.default.createFile(atPath: garbage, contents: Data([0, 1, 2, 3, 0xFF]))
        files += [wrong, garbage]

        let units = UnitLoader.load(files, checker: Checker(), fingerprint: ContentHash.sha256)
        #expect(units[0].sha256 == ContentHash.sha256(Array(Seed.text(code: "323003").utf8)))
        #expect(units.allSatisfy { $0.sha256?.count == 64 })
        #expect(UnitLoader.load([files[0]], checker: Checker())[0].sha256 == nil)
        let result = Rollup(districtName: "海港区").run(units, hierarchy: nil)
        let content = SnapshotBuilder.content(of: result, label: "2025 二上", job: "rollup", engineVersion: "test")

        #expect(content.units.map(\.code) == ["323003", "323004", "324001", "324002"])
        #expect(content.units.map(\.departmentCode) == ["323", "323", "324", "324"])
        #expect(content.departments.map(\.code) == ["323", "324"])
        #expect(content.districtBudget?.name == "海港区" && content.district == "海港区" && content.year == 2025)
        #expect(content.units[3].errorCount > 0)
        #expect(content.manifest.count == 5)
        let bad = try #require(content.manifest.last)
        #expect(bad.status == .quarantined && bad.size == 5 && !bad.reason.isEmpty && bad.path == garbage)
        #expect(bad.sha256 == ContentHash.sha256([0, 1, 2, 3, 0xFF]))

        let store = try folder.store()
        let summary = try store.write(content)
        #expect(summary.unitCount == 4 && summary.quarantinedCount == 1 && summary.errorCount == content.units[3].errorCount)
        let stored = try store.budgets(of: summary.id)
        let unit = try #require(stored.first { $0.code == "324002" })
        let findings = try store.findings(hash: unit.findingsHash)
        #expect(findings == units[3].report?.findings)
        #expect(findings.contains { $0.severity == .error })
        for department in result.departments {
            let row = try #require(stored.first { $0.level == "department" && $0.code == department.code })
            #expect(try store.budget(hash: row.textHash) == department.budget)
            #expect(try store.findings(hash: row.findingsHash) == department.report.findings)
        }
        let district = try #require(stored.first { $0.level == "district" })
        #expect(try store.budget(hash: district.textHash) == result.district)
        #expect(try store.manifest(of: summary.id) == content.manifest)
    }
}
