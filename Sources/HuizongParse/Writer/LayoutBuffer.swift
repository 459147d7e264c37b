import HuizongModel

/// Collects the lines of the tab layout: one grid cell per line starting with a TAB,
/// a blank line after each row, continuation lines of multi-line cells without a TAB.
struct LayoutBuffer {
    /// The UTF-8 bytes written so far, every line ended by `\n`. Bytes, not a `String`:
    /// appending to a `String` checks grapheme boundaries at every join, which costs
    /// hundreds of instructions per cell of Chinese text.
    private(set) var bytes: [UInt8] = []
    /// True when the last line written is blank (or nothing was written).
    private(set) var endsWithBlank = true

    init() { bytes.reserveCapacity(40_000) }


    /// A line as is (titles, paragraphs, notes).
    mutating func line(_ line: String) {
        append(line)
        bytes.append(0x0A)
        endsWithBlank = line.isEmpty
    }

    /// `count` blank lines.
    mutating func blank(_ count: Int = 1) {
        for _ in 0..<count { bytes.append(0x0A) }
        if count > 0 { endsWithBlank = true }
    }

    /// One grid cell: `TAB + text`; the lines after the first of a multi-line text
    /// are printed without a TAB (as the seed prints the 绩效目标 cell), since the text's
    /// own newlines are copied as they are.
    mutating func cell(_ cell: String) {
        bytes.append(0x09)
        append(cell)
        bytes.append(0x0A)
        endsWithBlank = false
    }

    /// The text's UTF-8 bytes, copied at once from its contiguous storage.
    @inline(__always)
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// One grid cell holding `value` as ``CellText/amount(_:)`` prints it (empty when
    /// there is none), its digits written straight into the buffer.
    mutating func amountCell(_ value: Amount?) {
        bytes.append(0x09)
        if let value {
            // Table amounts are on the 0.01 万元 grid: printed with exactly two decimals.
            if value.isOnWanGrid { appendHundredths(value.fen / 10_000) } else { value.withText { bytes.append(contentsOf: $0) } }
        }
        bytes.append(0x0A)
        endsWithBlank = false
    }

    /// `hundredths` × 0.01 as `Amount.text()` prints it: `-`, the whole part, `.`, two digits.
    private mutating func appendHundredths(_ hundredths: Int64) {
        // Written right to left into 24 bytes on the stack (a sign, at most 17 digits of
        // the whole part, the point and two decimals), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            let magnitude = hundredths.magnitude
            var whole = magnitude / 100
            let cents = UInt8(magnitude % 100)
            var index = 23
            digits[index] = 0x30 + cents % 10; index -= 1
            digits[index] = 0x30 + cents / 10; index -= 1
            digits[index] = UInt8(ascii: "."); index -= 1
            repeat { digits[index] = 0x30 + UInt8(whole % 10); whole /= 10; index -= 1 } while whole > 0
            if hundredths < 0 { digits[index] = UInt8(ascii: "-"); index -= 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(index + 1)...]))
        }
    }

    /// The cells of `values` as amounts, padded with empty cells to at least `count`.
    mutating func amountCells(_ values: [Amount?], padTo count: Int) {
        for value in values { amountCell(value) }
        for _ in values.count..<max(count, values.count) { amountCell(nil) }
    }

    /// Ends a row written cell by cell: the blank line after its cells.
    mutating func endRow() { blank() }

    /// A grid row: its cells, then the blank line that ends the row.
    mutating func row(_ cells: [String]) {
        for cell in cells { self.cell(cell) }
        blank()
    }
}

/// Printing amounts and quantities as cells.
enum CellText {
    /// `1047.65`, or an empty cell when there is no amount (never `0.00`).
    static func amount(_ value: Amount?) -> String { value?.text() ?? "" }

    /// `2000`, `1234.50`, or an empty cell.
    static func quantity(_ value: Quantity?) -> String { value?.description ?? "" }
}
