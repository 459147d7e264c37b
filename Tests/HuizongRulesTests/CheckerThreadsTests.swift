import Foundation
import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// Spreading one budget's rules over threads (as the district check does) gives the same
/// report as running them in order on one thread: findings, their diagnosis and the ledger.
@Suite struct CheckerThreadsTests {
    /// The seed with three figures changed, so that rules of several tables fail and
    /// the diagnosis has failed relations to work on.
    static var damaged: Budget {
        var budget = Seed.budget
        RuleExample.adjust(.t1, "8", "支出/预算数", by: 1)(&budget)
        RuleExample.adjust(.t4, "10", "支出/合计", by: -100)(&budget)
        RuleExample.set(.t1, "5", "收入/预算数", to: Amount("1.00"))(&budget)
        return budget
    }

    @Test(arguments: [2, 3, 7])
    func rulesOnThreadsMatchOneThread(threads: Int) throws {
        let checker = Checker()
        let budget = CheckerThreadsTests.damaged
        let serial = checker.check(budget, file: "seed")
        let parallel = checker.check(budget, file: "seed", threads: threads)
        #expect(serial.findings.count >= 3)
        #expect(parallel.findings == serial.findings)
        #expect(parallel.ledger == serial.ledger)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(parallel) == encoder.encode(serial))
    }

    @Test func disabledRulesStayInTheLedgerOnThreads() {
        let checker = Checker(disabledRules: ["t4_category_matches_t1"])
        let report = checker.check(CheckerThreadsTests.damaged, threads: 2)
        let entry = report.ledger.first { $0.ruleID == "t4_category_matches_t1" }
        #expect(entry?.status == .notChecked)
        #expect(report.ledger.map(\.ruleID) == Checker().rules.map { $0.description.id })
    }
}
