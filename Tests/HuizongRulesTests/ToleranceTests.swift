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

    @Test func theSeedIsCleanInBothModes() {
        for tolerance in Tolerance.allCases {
            #expect(Checker(tolerance: tolerance).check(Seed.budget).findings(atLeast: .warning).isEmpty)
        }
    }
}
