import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
@testable import HuizongGenerate

/// Every injected single-cell error is caught by an error finding that involves the cell.
@Suite struct GeneratorFaultTests {
    @Test func everyInjectedFaultIsDetected() throws {
        let directory = SmallDistrict.temporaryDirectory("faults")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let summary = try DistrictJob.run(GenerateRequest(output: directory, parameters: SmallDistrict.parameters, faults: 8))
        #expect(summary.faults.count == 8)
        #expect(Set(summary.faults.map(\.unitCode)).count == 8)
        let csv = try String(contentsOfFile: (directory as NSString).appendingPathComponent("faults.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("file,unit_code,table,row,column,original,faulty\n"))
        #expect(csv.split(separator: "\n").count == 9)
        for fault in summary.faults {
            let result = BudgetReader.read(contentsOf: (directory as NSString).appendingPathComponent(fault.file))
            #expect(result.diagnostics.isEmpty)
            let budget = try #require(result.budget)
            #expect(budget.amount(at: fault.address) == fault.faulty)
            #expect(fault.original != fault.faulty)
            let errors = Checker().check(budget).findings(atLeast: .error)
            #expect(errors.contains { $0.involvedCells.contains(fault.address) }, "\(fault.file) \(fault.address) not detected")
        }
    }

    @Test func candidateCellsAreDetectedWhenChanged() throws {
        // A sample of every unit's candidate cells (every table), one hundredth up or down.
        var rng = SplitMix64(seed: 11)
        let checker = Checker()
        for unit in SmallDistrict.units {
            let candidates = FaultInjector.candidates(unit.budget)
            var tables = Set<TableID>()
            unit.budget.forEachAmountCell { tables.insert($0.address.table) }
            #expect(Set(candidates.map(\.table)) == tables)
            for index in rng.sample(12, of: candidates.count) {
                let address = candidates[index]
                for step in [Int64(rng.percent(50) ? -1 : 1)] where address.column != "单价" {
                    var budget = unit.budget
                    budget.setAmount((budget.amount(at: address) ?? .zero) + Amount(wanHundredths: step), at: address)
                    let errors = checker.check(budget).findings(atLeast: .error)
                    #expect(errors.contains { $0.involvedCells.contains(address) }, "\(unit.fileName) \(address) \(step)")
                }
            }
        }
    }
}
