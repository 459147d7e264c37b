import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongGenerate

/// The small district every test uses: 3 departments, 12 units.
enum SmallDistrict {
    static let parameters = DistrictParameters(departments: 3, units: 12, year: 2025, seed: 20_250_101)
    static let generator = try! DistrictGenerator(parameters)
    static let units = generator.generate()

    /// A fresh temporary directory.
    static func temporaryDirectory(_ label: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-generate-\(label)-\(UUID().uuidString)")
        return url.path
    }
}

/// Generated units read back without diagnostics, pass the whole rule catalogue, and say
/// in their narrative what they were written to say.
@Suite struct GeneratorTests {
    @Test func planHasTheRequestedDepartmentsAndUnits() {
        let plan = SmallDistrict.generator.plan
        #expect(plan.departments.count == 3)
        #expect(plan.units.count == 12)
        for department in plan.departments {
            #expect(department.code.count == 3)
            #expect(department.units.first?.code == department.code + "001")
            #expect(department.units.first?.isOffice == true)
            #expect(department.units.first?.name == department.name)
            for unit in department.units {
                #expect(unit.code.count == 6 && unit.code.hasPrefix(department.code))
                #expect(unit.name.hasPrefix("秦皇岛市海港区"))
            }
        }
        #expect(Set(plan.units.map(\.code)).count == 12)
        #expect(Set(plan.units.map(\.name)).count == 12)
    }

    @Test func everyUnitReadsBackWithoutDiagnosticsAndEqualToTheModel() {
        for unit in SmallDistrict.units {
            let result = BudgetReader.read(text: unit.text, fileName: unit.fileName)
            #expect(result.diagnostics.isEmpty, "\(unit.fileName): \(result.diagnostics.prefix(3))")
            #expect(result.budget == unit.budget, "\(unit.fileName) reads back differently")
        }
    }

    @Test func everyUnitPassesTheWholeCatalogue() throws {
        for unit in SmallDistrict.units {
            let budget = try #require(BudgetReader.read(text: unit.text, fileName: unit.fileName).budget)
            let findings = Checker().check(budget).findings(atLeast: .warning)
            #expect(findings.isEmpty, "\(unit.fileName): \(findings.prefix(3).map(\.message))")
        }
    }

    @Test func narrativeClaimsReadBackAsIntended() throws {
        for unit in SmallDistrict.units {
            let budget = try #require(BudgetReader.read(text: unit.text, fileName: unit.fileName).budget)
            let claims = try #require(budget.narrative?.claims).map(IntendedClaim.init)
            #expect(claims == unit.intendedClaims, "\(unit.fileName)")
            #expect(!claims.contains { $0.subject == .unrecognised })
            // Every named project is the name of a 绩效目标表 with that budget.
            for claim in claims where claim.subject == .project {
                let table = budget.performance.first { $0.projectName == claim.name }
                #expect(table?.budget == claim.amount, "\(unit.fileName) \(claim.name)")
            }
        }
    }

    @Test func narrativeQuotesTheTables() throws {
        let unit = SmallDistrict.units[0]
        let budget = unit.budget
        func claim(_ subject: ClaimSubject, _ change: ClaimChange = .level) -> Amount? {
            unit.intendedClaims.first { $0.subject == subject && $0.change == change }?.amount
        }
        let t1 = try #require(budget.t1)
        #expect(claim(.totalIncome) == t1.line(income: "收入总计")?.income[0])
        #expect(claim(.basicExpenditure) == budget.t3?.totalRow?.amounts[1])
        #expect(claim(.operatingCosts) == budget.t6?.totalRow?.amounts[2])
        #expect(claim(.fixedAssets) == budget.assets?.rows[0].amounts[0])
        #expect(claim(.threePublic) == (budget.t9?.rows[1].amounts[0] ?? .zero))
    }

    @Test func generationIsDeterministic() throws {
        let again = try DistrictGenerator(SmallDistrict.parameters).generate(threads: 1)
        #expect(again.map(\.text) == SmallDistrict.units.map(\.text))
        let other = try DistrictGenerator(DistrictParameters(departments: 3, units: 12, seed: 99)).generate()
        #expect(other.map(\.text) != SmallDistrict.units.map(\.text))
        // A unit regenerated alone is the same as in the whole district.
        let code = SmallDistrict.units[5].spec.code
        #expect(SmallDistrict.generator.unit(code: code)?.text == SmallDistrict.units[5].text)
    }

    @Test func unitsAreRealisticInSize() {
        let bytes = SmallDistrict.units.map(\.text.utf8.count)
        let average = bytes.reduce(0, +) / bytes.count
        #expect((24_000...48_000).contains(average))
        #expect(SmallDistrict.units.allSatisfy { !$0.budget.performance.isEmpty })
    }

    @Test func badParametersAreRefused() {
        #expect(throws: GenerationError.self) { try DistrictGenerator(DistrictParameters(departments: 5, units: 3)) }
        #expect(throws: GenerationError.self) { try DistrictGenerator(DistrictParameters(departments: 0, units: 3)) }
        #expect(throws: GenerationError.self) {
            try DistrictGenerator(DistrictParameters(departments: 2, units: 4, reservedCodes: ["999001"]))
        }
    }

    @Test func manyDepartmentsIncludeStreetsAndTowns() throws {
        let plan = try DistrictPlan(DistrictParameters(departments: 40, units: 60))
        #expect(plan.departments.count == 40)
        #expect(plan.units.count == 60)
        #expect(plan.departments.contains { $0.name.hasSuffix("街道办事处") })
    }
}
