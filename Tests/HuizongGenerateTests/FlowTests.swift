import Foundation
import Testing
import HuizongModel
@testable import HuizongGenerate

/// Internal flows: both sides book them under the same function code, in the right columns.
@Suite struct GeneratorFlowTests {
    /// The leaf value of `column` under `code` in table `table` (T2 or T3).
    static func value(_ budget: Budget, _ table: TableID, _ code: String, _ column: Int) -> Amount {
        budget.classified(table)?.row(SubjectCode(function: code))?.amounts[column] ?? .zero
    }

    @Test func flowsAreBookedOnBothSides() throws {
        let generator = try DistrictGenerator(DistrictParameters(departments: 6, units: 40, seed: 4))
        let flows = generator.plan.flows
        #expect(!flows.isEmpty)
        #expect(flows.contains { !$0.isMatched })
        let units = Dictionary(uniqueKeysWithValues: generator.generate().map { ($0.spec.code, $0.budget) })
        var expected: [String: [String: Int64]] = [:]  // "code/table/column" → amount
        for flow in flows {
            let (payerTable, payerColumn, payeeTable, payeeColumn) = flow.kind == .subsidy
                ? (TableID.t3, TableSchema.T3.subsidy.rawValue, TableID.t2, TableSchema.T2.superior.rawValue)
                : (TableID.t3, TableSchema.T3.remittance.rawValue, TableID.t2, TableSchema.T2.affiliated.rawValue)
            expected[flow.payerCode, default: [:]]["\(payerTable)/\(flow.functionCode)/\(payerColumn)", default: 0] += flow.payerHundredths
            expected[flow.payeeCode, default: [:]]["\(payeeTable)/\(flow.functionCode)/\(payeeColumn)", default: 0] += flow.payeeHundredths
        }
        for (code, cells) in expected {
            let budget = try #require(units[code])
            for (key, hundredths) in cells {
                let parts = key.split(separator: "/").map(String.init)
                let table = TableID(rawValue: parts[0])!
                #expect(Self.value(budget, table, parts[1], Int(parts[2])!) == Amount(wanHundredths: hundredths), "\(code) \(key)")
            }
        }
    }
}
