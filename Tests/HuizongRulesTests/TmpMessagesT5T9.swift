import Testing
import Foundation
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

@Suite struct TmpMessagesT5T9 {
    @Test func messages() {
        for rule in RuleCatalogue.all {
            let d = rule.description
            guard ["t5_", "t6_", "t7_", "t8_", "t9_", "structure_"].contains(where: { d.id.hasPrefix($0) }) else { continue }
            for example in d.examples where example.expectation == .fails {
                var budget = Seed.budget
                example.change(&budget)
                for f in Checker(rules: [rule]).check(budget).findings { print("MSG [\(d.id)] \(f.severity) \(f.message) | \(f.involvedCells.map(\.description))") }
            }
        }
    }
}
