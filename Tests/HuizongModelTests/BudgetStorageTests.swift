import Testing
@testable import HuizongModel

/// ``Budget`` shares its storage between copies until one changes (its fields are not
/// checked for exclusive access at run time): a change, by setter or in place, reaches
/// only the value changed, and values shared between threads read the same fields.
@Suite struct BudgetStorageTests {
    static func line(_ number: Int) -> BalanceLine {
        BalanceLine(number: number, incomeItem: "收入\(number)", income: [Amount(fen: Int64(number))], expenditureItem: "支出\(number)", expenditure: [nil])
    }

    static func sample() -> Budget {
        var budget = Budget(code: "323003", name: "测试单位", year: 2025)
        let header = TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", budgetYear: 2025, currency: "万元")
        budget.t1 = BalanceTable(header: header, lines: [line(1), line(2)])
        return budget
    }

    @Test func aChangeReachesOnlyTheValueChanged() {
        let original = Self.sample()
        var copy = original
        copy.name = "另一单位"
        copy.t1?.lines.append(Self.line(3))
        #expect(original.name == "测试单位")
        #expect(original.t1?.lines.count == 2)
        #expect(copy.name == "另一单位")
        #expect(copy.t1?.lines.count == 3)
        #expect(copy != original)
        var again = original
        #expect(again == original)
        again.t1 = nil
        #expect(original.t1 != nil && again.t1 == nil)
    }

    @Test func threadsReadASharedValue() async {
        let shared = Self.sample()
        let counts = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var mine = shared
                    for _ in 0..<200 { mine.t1?.lines.append(Self.line(task)) }
                    return (shared.t1?.lines.count ?? 0) * 1000 + (mine.t1?.lines.count ?? 0)
                }
            }
            var all: [Int] = []
            for await count in group { all.append(count) }
            return all
        }
        #expect(counts == Array(repeating: 2202, count: 8))
        #expect(shared.t1?.lines.count == 2)
    }
}
