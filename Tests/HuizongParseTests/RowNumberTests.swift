import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// A 序号 cell is checked inline when it holds the number expected and out of line
/// otherwise: every other cell still stops the table with the same diagnostic.
@Suite struct RowNumberTests {
    /// The seed with its `occurrence`th `\t5` cell (T1 line 5, T2 row 5) printed as `cell`.
    private func read(_ cell: String, occurrence: Int) -> ReadResult {
        Seed.read(Seed.replacingLine("\t5", occurrence: occurrence, with: ["\t" + cell]))
    }

    @Test func theExpectedNumberPasses() {
        for occurrence in [1, 3] {
            for cell in ["5", "05", "005"] {
                #expect(read(cell, occurrence: occurrence).diagnostics.filter { $0.severity == .error }.isEmpty, "\(cell)")
            }
        }
    }

    @Test func anyOtherCellStopsTheTable() throws {
        for (occurrence, table) in [(1, TableID.t1), (3, .t2)] {
            for cell in ["6", "4", "50", "5a", "五", "５", "-5", "99999999"] {
                let errors = read(cell, occurrence: occurrence).diagnostics.filter { $0.severity == .error }
                let error = try #require(errors.first, "\(cell)")
                #expect(error.problem == .badRowNumber(expected: 5, found: cell), "\(cell)")
                #expect(error.table == table && error.row == "序号5", "\(cell)")
            }
        }
    }
}
