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
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "\t" + Amount(fen: fen).text() + "\n")
    }

    @Test func emptyCellHasNoDigits() {
        var buffer = LayoutBuffer()
        buffer.amountCells([nil, Amount(fen: 10_000)], padTo: 3)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "\t\n\t0.01\n\t\n")
    }

    @Test func bytesAndTextAgree() {
        let budget = WriterSample.budget()
        #expect(TextLayoutWriter.utf8(budget) == Array(TextLayoutWriter.write(budget).utf8))
    }
}
