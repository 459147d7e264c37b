import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// Rows that print no amount share the reading thread's empty row instead of keeping an
/// array of their own until the roll-up (T9 and the asset table, as T1-T8 already did),
/// and a table that printed no row keeps no reserved room.
@Suite struct SharedEmptyRowsTests {
    static func storage<T>(_ values: [T]) -> UnsafeRawPointer? {
        values.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// The seed with the amount cells of T9 rows `blanked` (1-based) emptied.
    static func seedWithT9RowsBlanked(_ blanked: [Int]) throws -> String {
        var lines = Seed.text.components(separatedBy: "\n")
        let rows = try #require(Seed.budget.t9).rows
        for number in blanked {
            let first = rows[number - 1].source.line - 1
            for column in 0..<TableSchema.t9.count { lines[first + 2 + column] = "\t" }
        }
        return lines.joined(separator: "\n")
    }

    @Test func t9RowsPrintingNoAmountShareOneRowAndOthersKeepTheirs() throws {
        let seedRows = try #require(Seed.budget.t9).rows
        let blanked = [2, 5, 9]
        let budget = try #require(BudgetReader.read(text: try Self.seedWithT9RowsBlanked(blanked)).budget)
        let rows = try #require(budget.t9).rows
        #expect(rows.count == seedRows.count)
        var empty: Set<UnsafeRawPointer?> = []
        for index in rows.indices {
            if blanked.contains(index + 1) || seedRows[index].amounts.allSatisfy({ $0 == nil }) {
                #expect(rows[index].amounts == [Amount?](repeating: nil, count: TableSchema.t9.count))
                empty.insert(Self.storage(rows[index].amounts))
            } else {
                #expect(rows[index].amounts == seedRows[index].amounts, "T9 row \(index + 1)")
                #expect(rows[index].amounts.contains { $0 != nil })
            }
            #expect(rows[index].label == seedRows[index].label && rows[index].number == seedRows[index].number)
        }
        // Every empty row is the one shared array.
        #expect(empty.count == 1)
    }

    @Test func assetRowsWithoutQuantityOrValueShareOneRow() throws {
        var lines = Seed.text.components(separatedBy: "\n")
        let seedRows = try #require(Seed.budget.assets).rows
        #expect(seedRows.count >= 3)
        // Row 1 loses its 数量, row 2 its 价值, row 3 both.
        lines[seedRows[0].source.line - 1 + 1] = "\t"
        lines[seedRows[1].source.line - 1 + 2] = "\t"
        lines[seedRows[2].source.line - 1 + 1] = "\t"
        lines[seedRows[2].source.line - 1 + 2] = "\t"
        let budget = try #require(BudgetReader.read(text: lines.joined(separator: "\n")).budget)
        let rows = try #require(budget.assets).rows
        #expect(rows[0].quantities == [nil] && rows[0].amounts == seedRows[0].amounts)
        #expect(rows[1].amounts == [nil] && rows[1].quantities == seedRows[1].quantities)
        #expect(rows[2].amounts == [nil] && rows[2].quantities == [nil])
        #expect(Self.storage(rows[0].quantities) == Self.storage(rows[2].quantities))
        #expect(Self.storage(rows[1].amounts) == Self.storage(rows[2].amounts))
        for index in 3..<rows.count {
            #expect(rows[index].amounts == seedRows[index].amounts && rows[index].quantities == seedRows[index].quantities)
        }
    }

    @Test func tablesPrintingNoRowKeepNoRoom() throws {
        let budget = try #require(BudgetReader.read(text: Seed.text).budget)
        var emptyTables = 0
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] {
            let rows = try #require(budget.classified(id)).rows
            if rows.isEmpty { emptyTables += 1; #expect(rows.capacity == 0, "\(id)") }
        }
        // The seed's T7 and T8 print only their placeholder row.
        #expect(emptyTables >= 1)
    }
}
