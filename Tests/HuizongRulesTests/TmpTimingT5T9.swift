import Testing
import Foundation
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

@Suite struct TmpTimingT5T9 {
    @Test func timing() {
        let budget = Seed.budget
        var lines: [(Double, String)] = []
        for rule in RuleCatalogue.all {
            let checker = Checker(rules: [rule])
            _ = checker.check(budget)
            let start = Date()
            for _ in 0..<2000 { _ = checker.check(budget) }
            lines.append((Date().timeIntervalSince(start) / 2000 * 1e6, rule.description.id))
        }
        for (t, id) in lines.sorted(by: { $0.0 > $1.0 }) { print(String(format: "TIMING %8.2f µs %@", t, id)) }
    }
}
