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
