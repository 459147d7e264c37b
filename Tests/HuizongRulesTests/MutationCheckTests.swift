import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// Every figure is guarded: each amount of the seed changed by +0.01 and by −0.01 gives
/// an error finding on that very cell (what `scripts/mutation-check` prints).
@Suite struct MutationCheckTests {
    @Test func everyFigureOfTheSeedIsGuarded() {
        let report = MutationCheck.run(Seed.budget)
        print(MutationCheck.text(report))
        #expect(report.missed.map { "\($0.address) \($0.step)" } == [])
        #expect(report.counted.count >= 600)
        // Only the documented exclusions: intermediate plan months and 比上年 changes without last year.
        for outcome in report.excluded {
            #expect(outcome.address.table == .performance || outcome.address.table == .narrative)
        }
        #expect(report.excluded.filter { $0.address.table == .narrative }.count == 2)
    }
}
