import Foundation
import Testing
import HuizongGenerate
import HuizongModel
import HuizongRules
import HuizongTestSupport
@testable import HuizongRollup

/// Consolidation of generated districts: every consolidated budget passes every amount
/// rule, and internal flows are eliminated and listed.
@Suite struct GeneratedDistrictTests {
    /// A generated district written to a temporary folder.
    static let district: (folder: String, units: [LoadedUnit], result: RollupResult) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-gen-\(UUID().uuidString)").path
        _ = try! DistrictJob.run(GenerateRequest(output: folder, parameters: DistrictParameters(departments: 4, units: 24, seed: 11)))
        let files = try! FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
        let units = UnitLoader.load(files, checker: Checker())
        let hierarchy = try! Hierarchy.read(contentsOf: folder + "/hierarchy.csv")
        return (folder, units, Rollup().run(units, hierarchy: hierarchy))
    }()

    @Test func everyUnitIsClean() {
        for unit in Self.district.units {
            #expect(unit.readDiagnostics.isEmpty, "\(unit.file)")
            #expect(unit.report?.findings(atLeast: .warning).map(\.message) == [], "\(unit.file)")
        }
    }

    @Test func everyConsolidatedBudgetPassesEveryAmountRule() {
        let result = Self.district.result
        #expect(result.quarantined.isEmpty && result.missingUnits.isEmpty && result.unlistedUnits.isEmpty)
        #expect(result.departments.count == 4)
        for department in result.departments {
            #expect(department.report.findings(atLeast: .warning).map(\.message) == [], "部门 \(department.code)")
            #expect(department.report.count(.failed) == 0)
        }
        #expect(result.districtReport.findings(atLeast: .warning).map(\.message) == [])
    }

    @Test func departmentTotalsAreTheSumOfTheirUnits() {
        let result = Self.district.result
        for department in result.departments {
            let members = result.includedBudgets.filter { department.unitCodes.contains($0.code) }
            let total = members.compactMap { $0.t1?.line(income: "收入总计")?.income[0] }.sum()
            #expect(department.budget.t1?.line(income: "收入总计")?.income[0] == total)
        }
        let departments = result.departments.compactMap { $0.budget.t1?.line(income: "收入总计")?.income[0] }.sum()
        #expect(result.district.t1?.line(income: "收入总计")?.income[0] == departments)
    }

    /// The generator writes its internal flows to flows.csv; the ledger matches them and
    /// the consolidated (合并) view still foots.
    @Test func internalFlowsAreEliminatedAndListed() throws {
        let result = Self.district.result
        let pairs = result.departments.flatMap(\.eliminations.pairs)
        #expect(!pairs.isEmpty, "the generated district has internal flows")
        for department in result.departments {
            let ledger = department.eliminations
            let t2 = department.consolidated.t2?.totalRow?.amounts[TableSchema.T2.superior.rawValue] ?? nil
            let sumT2 = department.budget.t2?.totalRow?.amounts[TableSchema.T2.superior.rawValue] ?? nil
            let subsidy = ledger.pairs.filter { $0.kind == .subsidy }.map(\.matched).sum()
            #expect(t2.orZero == sumT2.orZero - subsidy)
            // The consolidated view keeps T1/T2/T3 footing.
            let checked = Checker(rules: Rollup.amountRules.filter { [.t1, .t2, .t3].contains($0.description.table) })
                .check(department.consolidated)
            #expect(checked.findings(atLeast: .warning).map(\.message) == [], "合并 \(department.code)")
        }
        let flows = try String(contentsOfFile: Self.district.folder + "/flows.csv", encoding: .utf8)
        #expect(flows.contains(",") )
    }
}
