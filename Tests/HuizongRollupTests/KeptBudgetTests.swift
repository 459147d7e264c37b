import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongRollup

/// `UnitLoader.load(keep: .rollupParts)` and `Budget.dropCheckedDetail()`: a roll-up's
/// outputs are the same whether its units keep their whole budgets or only what the outputs
/// read.
@Suite struct KeptBudgetTests {
    /// Every file of every output format, by its path in the folder.
    static func outputs(of result: RollupResult) throws -> [String: [UInt8]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-kept-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try RollupOutputs.write(result, to: folder, formats: Set(RollupFormat.allCases), threads: 2)
        var files: [String: [UInt8]] = [:]
        for relative in written {
            files[relative] = Array(try Data(contentsOf: folder.appendingPathComponent(relative)))
        }
        return files
    }

    @Test func generatedDistrictOutputsAreTheSameWithTrimmedBudgets() throws {
        let folder = GeneratedDistrictTests.district.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
        let hierarchy = try Hierarchy.read(contentsOf: folder + "/hierarchy.csv")
        let wholeUnits = UnitLoader.load(files, checker: Checker(), threads: 2)
        let trimmedUnits = UnitLoader.load(files, checker: Checker(), threads: 2, keep: .rollupParts)
        // The trimmed units really lost their indicators and blocks (else this compares nothing).
        #expect(wholeUnits.contains { $0.budget?.performance.contains { !$0.indicators.isEmpty } ?? false })
        #expect(wholeUnits.contains { !($0.budget?.narrative?.blocks.isEmpty ?? true) })
        #expect(trimmedUnits.allSatisfy { $0.budget?.performance.allSatisfy(\.indicators.isEmpty) ?? true })
        #expect(trimmedUnits.allSatisfy { $0.budget?.narrative?.blocks.isEmpty ?? true })
        // … and all their claims but the two the asset summary reads.
        #expect(wholeUnits.contains { ($0.budget?.narrative?.claims.count ?? 0) > 2 })
        #expect(trimmedUnits.allSatisfy { ($0.budget?.narrative?.claims.count ?? 0) <= 2 })
        // The checks ran on the whole budgets either way.
        #expect(wholeUnits.map { $0.report?.findings.map(\.message) } == trimmedUnits.map { $0.report?.findings.map(\.message) })
        let whole = try Self.outputs(of: Rollup().run(wholeUnits, hierarchy: hierarchy, threads: 2))
        let trimmed = try Self.outputs(of: Rollup().run(trimmedUnits, hierarchy: hierarchy, threads: 2))
        #expect(whole.count > 10)
        #expect(whole.keys.sorted() == trimmed.keys.sorted())
        for (path, bytes) in whole { #expect(trimmed[path] == bytes, "\(path)") }
    }

    @Test func faultyUnitsOutputsAreTheSameWithTrimmedBudgets() throws {
        let (folder, files) = try RollupTests.district(["323003", "323004", "324001"], extra: [
            ("broken.txt", "单位预算收支总表\n\t323009坏单位\n"),
            ("old-323005.txt", Seed.text(code: "323005", year: 2024)),
            ("changed-324002.txt", Seed.text(code: "324002").replacingOccurrences(of: "上年末固定资产金额", with: "上年末固定资产总额")),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Self.outputs(of: Rollup().run(UnitLoader.load(files, checker: Checker()), hierarchy: nil))
        let trimmed = try Self.outputs(of: Rollup().run(UnitLoader.load(files, checker: Checker(), keep: .rollupParts), hierarchy: nil))
        #expect(whole.keys.sorted() == trimmed.keys.sorted())
        for (path, bytes) in whole { #expect(trimmed[path] == bytes, "\(path)") }
    }

    /// What the outputs read is kept; what only the check reads is dropped; a copy made
    /// before keeps everything.
    @Test func droppingKeepsWhatTheOutputsRead() {
        let before = Seed.budget
        var budget = before
        budget.dropCheckedDetail()
        #expect(!before.performance.isEmpty && before.performance.allSatisfy { !$0.indicators.isEmpty })
        #expect(before.narrative.map { !$0.blocks.isEmpty && !$0.claims.isEmpty } == true)
        #expect(before == Seed.budget, "the copy made before is untouched")
        // Every amount cell (the narrative's claims included) and every fact line.
        var cellsBefore: [AmountCell] = [], cellsAfter: [AmountCell] = []
        before.forEachAmountCell(includeEmpty: true, claims: true) { cellsBefore.append($0) }
        budget.forEachAmountCell(includeEmpty: true, claims: true) { cellsAfter.append($0) }
        #expect(cellsAfter.count == cellsBefore.count && cellsAfter.count > 100)
        #expect(zip(cellsBefore, cellsAfter).allSatisfy { $0.address == $1.address && $0.value == $1.value })
        #expect(FactsWriter.lines(for: budget, level: "unit") == FactsWriter.lines(for: before, level: "unit"))
        // The tables other than the 绩效目标表 and the narrative are the same.
        #expect(budget.t1 == before.t1 && budget.t4 == before.t4 && budget.t9 == before.t9)
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] { #expect(budget.classified(id) == before.classified(id)) }
        #expect(budget.procurement == before.procurement && budget.assets == before.assets)
        #expect(budget.code == before.code && budget.name == before.name && budget.year == before.year)
        // The projects keep their codes, names, titles, amounts and places, not their texts.
        #expect(budget.performance.count == before.performance.count)
        for (kept, whole) in zip(budget.performance, before.performance) {
            #expect(kept.projectCode == whole.projectCode && kept.projectName == whole.projectName && kept.title == whole.title)
            #expect(kept.budget == whole.budget && kept.fiscalFunds == whole.fiscalFunds && kept.otherFunds == whole.otherFunds)
            #expect(kept.plan == whole.plan && kept.source == whole.source && kept.currency == whole.currency)
            #expect(kept.indicators.isEmpty && kept.purpose.isEmpty && kept.goal.isEmpty)
        }
        #expect(budget.narrative?.claims == before.narrative?.claims)
        #expect(budget.narrative?.title == before.narrative?.title && budget.narrative?.source == before.narrative?.source)
        #expect(budget.narrative?.blocks.isEmpty == true)
    }
}
