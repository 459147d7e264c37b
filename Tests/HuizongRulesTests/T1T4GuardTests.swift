import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// Every figure of T1–T4 is guarded: changing any non-empty amount cell of the seed by
/// +0.01 or by −0.01 makes some rule report an error that involves that very cell.
@Suite struct T1T4GuardTests {
    static let tables: Set<TableID> = [.t1, .t2, .t3, .t4]

    /// The seed's non-empty amount cells of T1–T4.
    static var cells: [AmountCell] {
        var cells: [AmountCell] = []
        Seed.budget.forEachAmountCell { cell in if tables.contains(cell.address.table) { cells.append(cell) } }
        return cells
    }

    @Test(arguments: [Int64(1), Int64(-1)])
    func everyFigureIsGuarded(_ hundredths: Int64) {
        let seed = Seed.budget
        let checker = Checker()
        let cells = Self.cells
        var missed: [String] = []
        for cell in cells {
            var budget = seed
            let changed = budget.setAmount(cell.value.orZero + Amount(wanHundredths: hundredths), at: cell.address)
            #expect(changed)
            let report = checker.check(budget)
            let caught = report.findings.contains { $0.severity == .error && $0.involvedCells.contains(cell.address) }
            if !caught { missed.append("\(cell.address) \(cell.rowName)") }
        }
        let sign = hundredths > 0 ? "+0.01" : "−0.01"
        print("T1–T4 guard \(sign): \(cells.count - missed.count)/\(cells.count) cells detected")
        #expect(!cells.isEmpty)
        #expect(missed.isEmpty, "not guarded at \(sign): \(missed)")
    }
}
