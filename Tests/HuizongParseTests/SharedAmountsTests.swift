import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// A classified row printing the same amounts as the row above shares that row's array
/// (``AmountsAbove``); every row still reads to the amounts its cells print.
@Suite struct SharedAmountsTests {
    static let classified: [TableID] = [.t2, .t3, .t5, .t6, .t7, .t8]

    /// The amounts each row's cells print, read from the lines of `text` (tab layout: the
    /// row's cells are the lines from its 序号 on, its amounts after 序号, code and name).
    static func printedAmounts(of row: ClassifiedRow, width: Int, in lines: [String]) -> [Amount?] {
        (0..<width).map { column in
            let cell = lines[row.source.line - 1 + 3 + column].trimmingCharacters(in: .whitespaces)
            return cell.isEmpty ? nil : try! Amount.parse(cell).get()
        }
    }

    static func storage(_ amounts: [Amount?]) -> UnsafeRawPointer? {
        amounts.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// Checks every classified row of `text` against its printed amounts; returns how many
    /// rows share the array of the row above.
    static func checkRows(of text: String) throws -> Int {
        let budget = try #require(BudgetReader.read(text: text).budget)
        let lines = text.components(separatedBy: "\n")
        var shared = 0
        for id in classified {
            guard let rows = budget.classified(id)?.rows else { continue }
            let width = TableSchema.columns(of: id).count
            for index in rows.indices {
                #expect(rows[index].amounts == printedAmounts(of: rows[index], width: width, in: lines), "\(id) row \(index + 1)")
                guard index > 0, storage(rows[index].amounts) == storage(rows[index - 1].amounts) else { continue }
                #expect(rows[index].amounts == rows[index - 1].amounts)
                shared += 1
            }
        }
        return shared
    }

    @Test func seedRowsReadAsPrintedAndEqualOnesShare() throws {
        // T5's 210 and 21011 print 29.16 / 29.16 / empty.
        #expect(try Self.checkRows(of: Seed.text) > 0)
    }

    /// Rows made equal to the row above, to the row two above, or different from the row
    /// above in one cell, at random: each reads to its own cells.
    @Test(arguments: 1...40)
    func changedRowsReadAsPrinted(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var lines = Seed.text.components(separatedBy: "\n")
        let budget = Seed.budget
        for id in Self.classified {
            guard let rows = budget.classified(id)?.rows, rows.count > 2 else { continue }
            let width = TableSchema.columns(of: id).count
            for index in 2..<rows.count where Int.random(in: 0..<3, using: &random) != 0 {
                let first = rows[index].source.line - 1 + 3
                let copied = rows[index - (Int.random(in: 0..<3, using: &random) == 0 ? 2 : 1)].source.line - 1 + 3
                for column in 0..<width { lines[first + column] = lines[copied + column] }
                if Int.random(in: 0..<3, using: &random) == 0 {
                    let column = Int.random(in: 0..<width, using: &random)
                    lines[first + column] = "\t\(Int.random(in: 0..<100, using: &random)).25"
                }
            }
        }
        _ = try Self.checkRows(of: lines.joined(separator: "\n"))
    }
}
