import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongRollup

/// `inputs.csv`: every file the run saw, summed or quarantined, with its fingerprint.
@Suite struct RollupInputsTests {
    @Test func everyInputIsListedInInputOrderWithItsStatus() throws {
        let (folder, files) = try RollupTests.district(["323003", "324001"], extra: [
            ("broken.txt", "单位预算收支总表\n\t323009坏单位\n"),
            ("old-323005.txt", Seed.text(code: "323005", year: 2024)),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        let units = UnitLoader.load(files + [missing], checker: Checker(), fingerprint: { "bytes:\($0.count)" })
        let result = Rollup().run(units, hierarchy: nil)
        let lines = String(decoding: RollupInputs.csv(result), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first == CSV.byteOrderMark + "序号,文件,字节数,SHA-256,单位编码,单位名称,预算年度,部门编码,状态,审核错误,审核警告")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 5)
        #expect(rows.map { $0[0] } == ["1", "2", "3", "4", "5"])
        #expect(rows.map { $0[1] } == files + [missing])
        let seedBytes = try #require(FileManager.default.attributesOfItem(atPath: files[0])[.size] as? Int)
        #expect(rows[0][2] == String(seedBytes) && rows[0][3] == "bytes:\(seedBytes)")
        #expect(rows[0][4] == "323003" && !rows[0][5].isEmpty)
        #expect(rows[0][6...8] == ["2025", "323", RollupInputs.summed])
        #expect(rows[1][7...8] == ["324", RollupInputs.summed])
        #expect(rows[2][8] == RollupInputs.quarantined && rows[2][7] == "")
        #expect(rows[3][6...8] == ["2024", "", RollupInputs.quarantined])
        #expect(rows[4][2...4] == ["0", "", ""] && rows[4][8] == RollupInputs.quarantined)
        #expect(rows[0][9] == "0")
    }

    /// Each unit's 审核错误 and 审核警告 count its report's findings of each severity.
    @Test func findingsAreCountedBySeverity() {
        var faulty = Seed.budget
        faulty.setAmount(Amount("7.59"), at: CellAddress(.procurement, "3", "预算资金"))
        faulty.setAmount(Amount("7.59"), at: CellAddress(.procurement, "4", "预算资金"))
        if let index = faulty.t5?.rows.firstIndex(where: { $0.code?.digits == "20801" }) { faulty.t5?.rows[index].name = "另一个名称" }
        let budgets = [Seed.budget, faulty]
        let units = budgets.enumerated().map { index, budget in
            LoadedUnit(file: "u\(index).txt", byteCount: 1, readDiagnostics: [], budget: budget,
                       report: Checker().check(budget, file: "u\(index).txt"))
        }
        let result = Rollup().run(units, hierarchy: nil)
        let rows = String(decoding: RollupInputs.csv(result), as: UTF8.self).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 2)
        for (row, unit) in zip(rows, units) {
            let findings = unit.report!.findings
            #expect(row[9] == String(findings.filter { $0.severity == .error }.count))
            #expect(row[10] == String(findings.filter { $0.severity == .warning }.count))
        }
        #expect(rows[1][9] != "0" && rows[1][10] != "0")
    }
}
