import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongStore
import HuizongTestSupport
@testable import HuizongDiff

@Suite struct BudgetDiffTests {
    @Test func identicalBudgetsHaveNoDifference() {
        #expect(BudgetDiff.compare(Seed.budget, Seed.budget).isEmpty)
    }

    @Test func changedCellsAreListedWithOldNewAndChange() throws {
        var new = Seed.budget
        new.setAmount(Amount("8.60"), at: CellAddress(.t6, "30201", "合计"))
        new.setAmount(nil, at: CellAddress(.t1, "3", "收入/预算数"))
        let diff = BudgetDiff.compare(Seed.budget, new)
        #expect(diff.moves.isEmpty)
        let office = try #require(diff.changes.first { $0.address == CellAddress(.t6, "30201", "合计") })
        #expect(office.old == Amount("7.60") && office.new == Amount("8.60") && office.change == Amount("1.00"))
        #expect(office.rowName == "办公费")
        let emptied = try #require(diff.changes.first { $0.address.table == .t1 })
        #expect(emptied.new == nil && emptied.change == -Amount("758.00"))
        #expect(BudgetDiff.compare(Seed.budget, new, ignoreBelow: Amount("5.00")).changes.count == 1)
    }

    /// 3.00 of 项目支出 moves from 2080109 to 2080199 in T3: one move, and the 款 row
    /// 20801 (whose total does not change) shows nothing.
    @Test func reclassificationIsOneMove() throws {
        var new = Seed.budget
        for (code, delta) in [("2080109", "-3.00"), ("2080199", "3.00")] {
            for column in ["合计", "项目支出"] {
                let address = CellAddress(.t3, code, column)
                new.setAmount(new.amount(at: address).orZero + Amount(delta), at: address)
            }
        }
        let diff = BudgetDiff.compare(Seed.budget, new)
        #expect(diff.moves.count == 2)
        let move = try #require(diff.moves.first { $0.column == "项目支出" })
        #expect(move.fromCode == "2080109" && move.toCode == "2080199" && move.amount == Amount("3.00"))
        #expect(move.fromName == "社会保险经办机构")
        #expect(diff.changes.isEmpty, "changes explained by the move are not repeated: \(diff.changes)")
    }

    @Test func moveAcrossCategoriesLeavesCategoryChanges() throws {
        var new = Seed.budget
        for (code, delta) in [("2080199", "-1.00"), ("20801", "-1.00"), ("208", "-1.00"),
                              ("2101102", "1.00"), ("21011", "1.00"), ("210", "1.00")] {
            let address = CellAddress(.t3, code, "合计")
            new.setAmount(new.amount(at: address).orZero + Amount(delta), at: address)
        }
        let diff = BudgetDiff.compare(Seed.budget, new)
        #expect(diff.moves.map(\.fromCode) == ["2080199"])
        #expect(diff.changes.isEmpty)
    }

    @Test func tableTotalsOfTheSeed() {
        let totals = TableTotals.of(Seed.budget)
        #expect(totals.first { $0.table == .t1 }?.value == Amount("2488.09"))
        #expect(totals.first { $0.table == .performance }?.value == Amount("1571.44"))
        #expect(totals.first { $0.table == .assets }?.value == Amount("83.46"))
    }
}
