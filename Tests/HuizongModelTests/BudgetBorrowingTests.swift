import Testing
@testable import HuizongModel

/// ``Budget``'s in-place parts (`t1Lines`, `t4Lines`, `narrativeClaims`) are those of the
/// tables themselves: nil without the table, the table's own after a change.
@Suite struct BudgetBorrowingTests {
    static let header = TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", budgetYear: 2025, currency: "万元")

    @Test func partsAreTheTables() {
        var budget = Budget(code: "323003", name: "测试单位", year: 2025)
        #expect(budget.t1Lines == nil && budget.t4Lines == nil && budget.narrativeClaims == nil)
        budget.t1 = BalanceTable(header: Self.header, lines: [BudgetStorageTests.line(1), BudgetStorageTests.line(2)])
        #expect(budget.t1Lines == budget.t1?.lines && budget.t1Lines?.count == 2)
        #expect(budget.t4Lines == nil)
        budget.t4 = BalanceTable(header: Self.header, lines: [BudgetStorageTests.line(7)])
        #expect(budget.t4Lines == budget.t4?.lines && budget.t4Lines?.first?.number == 7)
        #expect(budget.t1Lines?.count == 2)
        let claim = NarrativeClaim(subject: ClaimSubject.allCases[0], amount: Amount(fen: 5), printed: "0.05", label: "预算收入")
        budget.narrative = Narrative(title: "说明", blocks: [], claims: [])
        #expect(budget.narrativeClaims == [])
        let before = budget
        budget.narrative?.claims.append(claim)
        #expect(budget.narrativeClaims == [claim])
        #expect(before.narrativeClaims == [])
        budget.t1 = nil
        #expect(budget.t1Lines == nil && before.t1Lines?.count == 2)
    }
}
