import Testing
import HuizongModel
@testable import HuizongParse

/// ``TitleMatcher`` compares a line only with the known titles as long as its key.
struct TitleMatcherLengthTests {
    @Test func everyTitleIsFoundPrintedExactlyOrSpacedOut() {
        for scope in [BudgetScope.unit, .department] {
            for id in TableID.nine {
                let title = scope.rawValue + "预算" + id.titleStem
                #expect(TitleMatcher.match(title) == .table(id, scope))
                #expect(TitleMatcher.match(title.map(String.init).joined(separator: " ")) == .table(id, scope))
                #expect(TitleMatcher.match("某" + title) == nil)
                #expect(TitleMatcher.match(String(title.dropFirst())) == nil)
            }
            #expect(TitleMatcher.match(scope.rawValue + "政府采购预算表") == .table(.procurement, scope))
            #expect(TitleMatcher.match(scope.rawValue + "政府采购预算") == .table(.procurement, scope))
            #expect(TitleMatcher.match(scope.rawValue + "固定资产占用情况表") == .table(.assets, scope))
        }
    }
}
