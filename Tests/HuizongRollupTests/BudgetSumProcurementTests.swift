import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRollup

/// The consolidated procurement table is copied in parts (two threads writing one array):
/// on any number of threads it must be the table of the one-pass copy — 合计 summed from
/// each table's first 合计 row, then every table's other rows in order, their lines cleared.
@Suite struct BudgetSumProcurementTests {
    static let header = TableHeader(scope: .department, unitCode: "001", unitName: "测试", budgetYear: 2025, currency: "万元")

    /// Budgets with procurement tables of 0–12 rows (some without a table, some with a
    /// second 合计 row, 合计 rows anywhere), read at lines 1, 2, 3….
    static func budgets(_ count: Int, seed: UInt64) -> [Budget] {
        var random = SeededRandom(seed: seed)
        var line = 0
        func amount() -> Amount? { random.next() % 3 == 0 ? nil : Amount(fen: Int64(random.next() % 2_000_001) - 1_000_000) }
        return (0..<count).map { unit in
            var budget = Budget(scope: .unit, code: String(100_000 + unit), name: "单位\(unit)", year: 2025)
            guard random.next() % 5 != 0 else { return budget }
            let rows = (0..<Int(random.next() % 13)).map { position -> ProcurementRow in
                let roll = random.next() % 6
                let kind: ProcurementRow.Kind = roll == 0 ? .total : roll == 1 ? .subtotal : .item
                line += 1
                return ProcurementRow(kind: kind, projectName: "项目\(unit)-\(position)", itemName: "物品\(position)",
                                      amounts: (0..<Int(random.next() % 9)).map { _ in amount() },
                                      smeShare: random.next() % 2 == 0 ? amount() : nil, source: SourceLocation(line: line))
            }
            budget.procurement = ProcurementTable(header: header, rows: rows, note: random.next() % 4 == 0 ? "注\(unit)" : nil)
            return budget
        }
    }

    /// The table as one pass over the tables builds it.
    static func reference(_ budgets: [Budget]) -> ProcurementTable? {
        let tables = budgets.compactMap(\.procurement)
        guard !tables.isEmpty else { return nil }
        var total = ProcurementRow(kind: .total, projectName: "合计", amounts: Array(repeating: nil, count: TableSchema.procurementAmounts.count))
        var rows: [ProcurementRow] = []
        for table in tables {
            if let first = table.rows.first(where: { $0.kind == .total }) {
                BudgetSum.add(first.amounts, into: &total.amounts)
                if let share = first.smeShare { total.smeShare = (total.smeShare ?? .zero) + share }
            }
            for var row in table.rows where row.kind != .total {
                row.source = .none
                rows.append(row)
            }
        }
        var header = Self.header
        header.budgetYear = nil
        return ProcurementTable(header: header, rows: [total] + rows, note: tables.lazy.compactMap(\.note).first)
    }

    @Test(arguments: [0, 1, 2, 3, 7, 60])
    func partsCopyAsOnePass(units: Int) {
        for seed in UInt64(1)...6 {
            let budgets = Self.budgets(units, seed: seed &* 7919 &+ UInt64(units))
            let expected = Self.reference(budgets)
            for threads in [1, 2, 4] {
                let sum = BudgetSum.sum(budgets, code: "001", name: "测试", year: 2025, threads: threads).procurement
                #expect(sum == expected, "units \(units), seed \(seed), threads \(threads)")
                // Lines are not part of a row's equality: every copied row's is cleared.
                #expect(sum?.rows.allSatisfy { $0.source.line == 0 } ?? true)
            }
            #expect(BudgetSum.procurement(budgets, header: Self.header) == expected)
        }
    }

    /// Parts hold consecutive tables of about the same number of rows, each table in one part.
    @Test func partsSplitTheTables() {
        let rows = { (count: Int) in Array(repeating: ProcurementRow(kind: .item, projectName: "x", amounts: []), count: count) }
        #expect(BudgetSum.ProcurementCopy(tables: [rows(4), rows(4), rows(4), rows(4)], parts: 2).starts == [0, 2, 4])
        #expect(BudgetSum.ProcurementCopy(tables: [rows(10), rows(1), rows(1)], parts: 2).starts == [0, 1, 3])
        #expect(BudgetSum.ProcurementCopy(tables: [rows(3)], parts: 2).starts == [0, 1])
        #expect(BudgetSum.ProcurementCopy(tables: [rows(3), rows(3)], parts: 1).starts == [0, 2])
    }
}
