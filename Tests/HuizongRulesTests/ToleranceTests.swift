import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// exact and rounding tolerance: in rounding mode a difference inside the ±0.005-per-figure
/// envelope is an info-level rounding hint, beyond it an error.
@Suite struct ToleranceTests {
    func findings(_ hundredths: Int64, _ tolerance: Tolerance) -> [Finding] {
        var budget = Seed.budget
        // 本年收入合计 = 一 + 三 (two items): 1805.65 printed; shift it.
        let address = CellAddress(.t1, "32", "收入/预算数")
        budget.setAmount(budget.amount(at: address)! + Amount(wanHundredths: hundredths), at: address)
        let rule = RuleCatalogue.rule("t1_income_items_sum")!
        return Checker(rules: [rule], tolerance: tolerance).check(budget).findings
    }

    @Test func exactModeFlagsOneHundredth() {
        #expect(findings(1, .exact).map(\.severity) == [.error])
    }

    @Test func roundingModeTurnsSmallDifferencesIntoHints() {
        let hint = findings(1, .rounding)
        #expect(hint.map(\.severity) == [.info])
        #expect(hint.first?.message.contains("四舍五入") == true)
        #expect(findings(10, .rounding).map(\.severity) == [.error])
    }

    /// `hasFinding(atLeast:)` agrees with `findings(atLeast:)` on an error, a hint and a clean report.
    @Test func hasFindingAgreesWithTheList() {
        var budget = Seed.budget
        let address = CellAddress(.t1, "32", "收入/预算数")
        budget.setAmount(budget.amount(at: address)! + Amount(wanHundredths: 1), at: address)
        let rule = RuleCatalogue.rule("t1_income_items_sum")!
        let reports = [Checker(rules: [rule], tolerance: .exact).check(budget),
                       Checker(rules: [rule], tolerance: .rounding).check(budget),
                       Checker(rules: [rule]).check(Seed.budget)]
        for report in reports {
            for severity in [Severity.info, .warning, .error] {
                #expect(report.hasFinding(atLeast: severity) == !report.findings(atLeast: severity).isEmpty)
            }
        }
        #expect(reports.map { $0.hasFinding(atLeast: .error) } == [true, false, false])
        #expect(reports.map { $0.hasFinding(atLeast: .info) } == [true, true, false])
    }

    @Test func theSeedIsCleanInBothModes() {
        for tolerance in Tolerance.allCases {
            #expect(Checker(tolerance: tolerance).check(Seed.budget).findings(atLeast: .warning).isEmpty)
        }
    }
}
