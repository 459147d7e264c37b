import Testing
@testable import HuizongParse
import HuizongModel

/// The writer prints an amount cell's digits straight into its buffer (a fast path for
/// amounts on the 0.01 万元 grid); every cell must read exactly as `Amount.text()`.
@Suite struct AmountCellTests {
    static let amounts: [Int64] = [
        0, 10_000, -10_000, 990_000, 1_000_000, -1_000_000, 10_476_500_000, -123_456_780_000,
        Int64.max / 10_000 * 10_000, Int64.min / 10_000 * 10_000,
        1, -1, 5_680_394, 12_345, -999_999, // off the grid: 分 and finer
    ]

    @Test(arguments: amounts)
    func cellReadsAsAmountText(fen: Int64) {
        var buffer = LayoutBuffer()
        buffer.amountCell(Amount(fen: fen))
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == "\t" + Amount(fen: fen).text() + "\n")
    }

    /// Whole parts of every digit count (each side of every power of ten), both signs,
    /// many two-decimal endings: the digits are counted first and written two at a time.
    @Test func everyDigitCountReadsAsAmountText() {
        var hundredths: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 1_005]
        var power: Int64 = 1
        for _ in 0...11 {
            hundredths += [power * 100 - 1, power * 100, power * 100 + 7, power * 1_000 - 1]
            power *= 10
        }
        hundredths += (0..<100).map { Int64($0) * 1_237 + 31 * Int64($0 % 7) }
        hundredths.append(Int64.max / 10_000)
        for value in hundredths {
            for fen in [value * 10_000, -value * 10_000] {
                var buffer = LayoutBuffer()
                buffer.amountCell(Amount(fen: fen))
                #expect(String(decoding: buffer.finish(), as: UTF8.self) == "\t" + Amount(fen: fen).text() + "\n", "fen \(fen)")
            }
        }
    }

    /// Rows of amount cells (empty, on the grid, off it, the extremes), padded, written
    /// far past the buffer's first room: each row's room is made at once, every cell reads
    /// as `CellText.amount` (the lowest amount is `Int64.min + 4096` 分, see `Amount`).
    @Test func amountRowsReadAsAmountTexts() {
        let values: [Amount?] = [nil, Amount(fen: 10_000), Amount(fen: -990_000), Amount(fen: 1), Amount(fen: -5_680_394),
                                 Amount(fen: Int64.max), Amount(fen: Int64.min + 4096), Amount(fen: 10_476_500_000), Amount(fen: 0)]
        var buffer = LayoutBuffer()
        var expected = ""
        for index in 0..<6_000 {
            let row = (0..<(index % 7)).map { values[(index &* 7 &+ $0 &* 3) % values.count] }
            let pad = index % 5
            buffer.amountCells(row, padTo: pad)
            for value in row { expected += "\t" + CellText.amount(value) + "\n" }
            for _ in row.count..<max(pad, row.count) { expected += "\t\n" }
            if index % 11 == 0 {
                buffer.amountCell(values[index % values.count])
                expected += "\t" + CellText.amount(values[index % values.count]) + "\n"
            }
        }
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == expected)
    }

    /// No cells (nothing to pad) writes nothing and leaves the blank-line state as it was.
    @Test func noAmountCellsWriteNothing() {
        var buffer = LayoutBuffer()
        buffer.amountCells([], padTo: 0)
        #expect(buffer.endsWithBlank)
        #expect(buffer.byteCount == 0)
        buffer.amountCells([], padTo: 1)
        #expect(!buffer.endsWithBlank)
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == "\t\n")
    }

    @Test func emptyCellHasNoDigits() {
        var buffer = LayoutBuffer()
        buffer.amountCells([nil, Amount(fen: 10_000)], padTo: 3)
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == "\t\n\t0.01\n\t\n")
    }

    @Test(arguments: [Quantity(0), Quantity(7), Quantity(82_277), Quantity(tenThousandths: 12_345_000, decimals: 2),
                      Quantity(tenThousandths: 5, decimals: 4)])
    func quantityCellReadsAsDescription(_ quantity: Quantity) {
        var buffer = LayoutBuffer()
        buffer.quantityCell(quantity)
        buffer.quantityCell(nil)
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == "\t\(quantity.description)\n\t\n")
    }

    /// Far more than the buffer's first room: it grows and keeps every byte in order.
    @Test func bufferGrowsPastItsFirstRoom() {
        var buffer = LayoutBuffer()
        var expected = ""
        for index in 0..<20_000 {
            let text = index % 3 == 0 ? "单位名称\(index)" : String(index)
            buffer.cell(text)
            expected += "\t\(text)\n"
        }
        #expect(String(decoding: buffer.finish(), as: UTF8.self) == expected)
    }

    @Test func bytesAndTextAgree() {
        let budget = WriterSample.budget()
        #expect(TextLayoutWriter.utf8(budget) == Array(TextLayoutWriter.write(budget).utf8))
    }
}
