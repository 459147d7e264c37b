import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongRollup

/// Roll-up of units = sum; parallel loading is deterministic; bad inputs are quarantined.
@Suite struct RollupTests {
    /// A temporary folder with the seed under several unit codes.
    static func district(_ codes: [String], extra: [(String, String)] = []) throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-rollup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for code in codes {
            let url = folder.appendingPathComponent("\(code)-2025.txt")
            try Seed.text(code: code).write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        for (name, text) in extra {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        return (folder, files)
    }

    @Test func departmentIsTheCellBySellSumOfItsUnits() throws {
        let (folder, files) = try Self.district(["323003", "323004", "324001"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = UnitLoader.load(files, checker: Checker())
        let result = Rollup().run(units, hierarchy: nil)
        #expect(result.quarantined.isEmpty)
        #expect(result.departments.map(\.code) == ["323", "324"])
        let department = try #require(result.departments.first)
        #expect(department.unitCodes == ["323003", "323004"])
        // Property: every amount of the department = the sum over its units.
        var expected: [CellAddress: Amount] = [:]
        for unit in units where department.unitCodes.contains(unit.budget!.code) {
            unit.budget!.forEachAmountCell { cell in
                guard cell.address.table != .procurement, cell.address.table != .performance else { return }
                expected[cell.address, default: .zero] += cell.value!
            }
        }
        var actual: [CellAddress: Amount] = [:]
        department.budget.forEachAmountCell { cell in
            guard cell.address.table != .procurement else { return }
            actual[cell.address, default: .zero] += cell.value!
        }
        #expect(actual == expected)
        #expect(department.budget.t1?.line(income: "收入总计")?.income[0] == Amount("4976.18"))
        #expect(department.budget.procurement?.totalRow?.amounts[0] == Amount("81.20"))
        #expect(department.budget.procurement?.rows.filter { $0.kind == .subtotal }.count == 2)
        #expect(result.district.t1?.line(income: "收入总计")?.income[0] == Amount("7464.27"))
        #expect(department.report.findings(atLeast: .warning).map(\.message) == [])
        #expect(result.districtReport.findings(atLeast: .warning).map(\.message) == [])
    }

    @Test func resultsDoNotDependOnThreadsOrFileOrder() throws {
        let (folder, files) = try Self.district(["323003", "323004", "324001", "324002", "325001"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = Rollup().run(UnitLoader.load(files, checker: Checker(), threads: 1), hierarchy: nil, threads: 1)
        let two = Rollup().run(UnitLoader.load(files.reversed(), checker: Checker(), threads: 2), hierarchy: nil, threads: 2)
        #expect(one.departments.map(\.budget) == two.departments.map(\.budget))
        #expect(one.district == two.district)
    }

    @Test func badInputsAreQuarantinedNeverDropped() throws {
        let (folder, files) = try Self.district(["323003", "323004"], extra: [
            ("broken.txt", "单位预算收支总表\n\t323009坏单位\n"),
            ("dup-323004.txt", Seed.text(code: "323004")),
            ("old-323005.txt", Seed.text(code: "323005", year: 2024)),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = Rollup().run(UnitLoader.load(files, checker: Checker()), hierarchy: nil)
        let reasons = Dictionary(uniqueKeysWithValues: result.quarantined.map { (($0.file as NSString).lastPathComponent, $0.reasons.joined()) })
        #expect(reasons.count == 4)
        #expect(reasons["broken.txt"] != nil)
        #expect(reasons["323004-2025.txt"]?.contains("重复") == true)
        #expect(reasons["dup-323004.txt"]?.contains("重复") == true)
        #expect(reasons["old-323005.txt"]?.contains("2024") == true)
        #expect(result.departments.first?.unitCodes == ["323003"])
    }

    /// Several codes each in two files: the quarantine lists them in the order of each
    /// code's first file (a dictionary's order, which changes from run to run, decided it
    /// before), and a unit whose code is not repeated is summed.
    @Test func duplicatesAreListedInTheOrderOfTheirFirstFile() throws {
        let codes = ["325004", "323004", "324009", "326001", "322007"]
        let (folder, files) = try Self.district(["323003"] + codes, extra: codes.reversed().map { ("dup-\($0).txt", Seed.text(code: $0)) })
        defer { try? FileManager.default.removeItem(at: folder) }
        for threads in [1, 2] {
            let result = Rollup().run(UnitLoader.load(files, checker: Checker(), threads: threads), hierarchy: nil, threads: threads)
            let listed = result.quarantined.map { (($0.file as NSString).lastPathComponent, $0.unitCode ?? "") }
            let expected = codes.flatMap { [("\($0)-2025.txt", $0), ("dup-\($0).txt", $0)] }
            #expect(listed.map(\.0) == expected.map(\.0))
            #expect(listed.map(\.1) == expected.map(\.1))
            #expect(result.departments.map(\.unitCodes) == [["323003"]])
        }
    }

    @Test func hierarchyFileMissingAndUnlistedUnits() throws {
        let (folder, files) = try Self.district(["323003", "324001"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("hierarchy.csv")
        try "\u{FEFF}单位编码,单位名称,部门编码,部门名称\n323003,社保所,323,人社局\n323008,不存在的单位,323,人社局\n".write(to: csv, atomically: true, encoding: .utf8)
        let hierarchy = try Hierarchy.read(contentsOf: csv.path)
        let result = Rollup().run(UnitLoader.load(files, checker: Checker()), hierarchy: hierarchy)
        #expect(result.missingUnits.map(\.unitCode) == ["323008"])
        #expect(result.unlistedUnits == ["324001"])
        #expect(result.departments.first { $0.code == "323" }?.name == "人社局")
    }
}
