import Foundation
import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// The compact ledger a report keeps writes out the same lines the checker recorded:
/// every rule in catalogue order, its status, and a reason on exactly the lines not checked.
@Suite struct CoverageLedgerTests {
    /// Lines with and without reasons, at the start, in the middle and at the end.
    static let entries = [
        LedgerEntry(ruleID: "a", status: .notChecked, reason: "缺少 T1"),
        LedgerEntry(ruleID: "b", status: .passed, reason: nil),
        LedgerEntry(ruleID: "c", status: .failed, reason: nil),
        LedgerEntry(ruleID: "d", status: .notChecked, reasons: [.text("一"), .deferred { "二" }]),
        LedgerEntry(ruleID: "e", status: .notApplicable, reason: nil),
        LedgerEntry(ruleID: "f", status: .notChecked, reasons: [.deferred { "三" }]),
    ]

    @Test func writesOutTheLinesItWasMadeOf() {
        let ledger = CoverageLedger(CoverageLedgerTests.entries)
        #expect(ledger.count == 6)
        let lines = ledger.entries
        #expect(lines == CoverageLedgerTests.entries)
        #expect(lines.map(\.reason) == ["缺少 T1", nil, nil, "一；二", nil, "三"])
        #expect(ledger.count(.notChecked) == 3)
        #expect(ledger.count(.passed) == 1)
        #expect(ledger.count(.failed) == 1)
        #expect(ledger.count(.notApplicable) == 1)
    }

    @Test func appendedLinesNameTheRulesInOrder() {
        var ledger = CoverageLedger(ruleIDs: RuleIDList(["x", "y", "z"]))
        ledger.append(.passed)
        ledger.append(.notChecked, reason: .text("已在配置中停用"))
        ledger.append(.failed)
        #expect(ledger.entries == [LedgerEntry(ruleID: "x", status: .passed, reason: nil),
                                   LedgerEntry(ruleID: "y", status: .notChecked, reason: "已在配置中停用"),
                                   LedgerEntry(ruleID: "z", status: .failed, reason: nil)])
    }

    @Test func reportLedgerMatchesTheCatalogueAndRoundTripsThroughJSON() throws {
        let report = Checker(disabledRules: ["t4_category_matches_t1"]).check(Seed.budget, file: "seed")
        #expect(report.ledger.map(\.ruleID) == Checker().rules.map { $0.description.id })
        #expect(report.ledger.first { $0.ruleID == "t4_category_matches_t1" }?.reason == Checker.disabledReason)
        for status in RuleStatus.allCases {
            #expect(report.count(status) == report.ledger.filter { $0.status == status }.count)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["unitCode", "unitName", "file", "findings", "ledger"])
        let decoded = try JSONDecoder().decode(UnitCheckReport.self, from: data)
        #expect(decoded.ledger == report.ledger)
        #expect(try encoder.encode(decoded) == data)
    }

    @Test func aReplacedLedgerIsKept() {
        var report = Checker().check(Seed.budget, file: "seed")
        report.ledger = CoverageLedgerTests.entries
        #expect(report.ledger == CoverageLedgerTests.entries)
        #expect(report.count(.notChecked) == 3)
    }
}
