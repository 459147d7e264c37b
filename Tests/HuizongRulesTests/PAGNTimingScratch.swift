import Testing
import Foundation
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

@Suite struct PAGNTimingScratch {
    @Test func timing() {
        let budget = Seed.budget
        let mine = RuleRegistry.procurementRules + RuleRegistry.assetRules + RuleRegistry.performanceRules + RuleRegistry.narrativeRules
        let others = RuleCatalogue.all.filter { r in !mine.contains { $0 == r } }
        for (name, rules) in [("mine", mine), ("others", others)] {
            let checker = Checker(rules: rules)
            let start = Date()
            for _ in 0..<2000 { _ = checker.check(budget) }
            print("TIMING \(name) \(rules.count) rules: \(Date().timeIntervalSince(start) / 2000 * 1e6) µs per unit")
        }
    }
}
