import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// The rows of a table are counted ahead of reading them, so that each table's array is
/// allocated once and no larger than the table.
@Suite struct RowCapacityTests {
    static let table = "标题\n\t单位：万元\n\n\t1\n\ta\n\t2.00\n\n\t2\n\tb\n\t\n\n\t3\n\tc\n\t1.00\n\n下一个标题\n\t4\n\td\n\t5\n"

    @Test func rowsAheadAreCountedUpToTheNextText() {
        var cursor = CellCursor(text: SourceText(bytes: Array(Self.table.utf8)))
        cursor.position = 3
        #expect(cursor.rowCountAhead(width: 3) == 3)
        cursor.position = 7
        #expect(cursor.rowCountAhead(width: 3) == 2)
        cursor.position = 16
        #expect(cursor.rowCountAhead(width: 3) == 1)
        // Ahead of a text line there are no rows.
        cursor.position = 15
        #expect(cursor.rowCountAhead(width: 3) == 0)
    }

    @Test func pipeLayoutIsNotCounted() {
        let cursor = CellCursor(text: SourceText(bytes: Array(LayoutVariants.pipe(Seed.text).utf8)))
        #expect(cursor.rowCountAhead(width: 3) == nil)
    }

    @Test func seedTablesAreReservedToTheirRowCount() throws {
        let budget = try #require(BudgetReader.read(text: Seed.text).budget)
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] {
            let rows = try #require(budget.classified(id)).rows
            #expect(rows.capacity < rows.count + 4, "\(id): \(rows.count) rows, capacity \(rows.capacity)")
        }
        for table in budget.performance {
            #expect(table.indicators.capacity < table.indicators.count + 4)
        }
        let t1 = try #require(budget.t1)
        #expect(t1.lines.capacity < t1.lines.count + 4)
    }
}

/// New rows of empty amounts are new arrays of the asked width, each written alone.
@Suite struct NewAmountRowTests {
    @Test(arguments: 0...16)
    func rowHasTheWidthAndIsOwned(width: Int) {
        var row = NewAmountRow.nils(width)
        let other = NewAmountRow.nils(width)
        #expect(row.count == width)
        #expect(row.allSatisfy { $0 == nil })
        if width > 0 {
            row[width - 1] = Amount(fen: 10_000)
            #expect(other[width - 1] == nil)
            #expect(row[width - 1] == Amount(fen: 10_000))
        }
    }
}
