import HuizongModel

/// Collects the lines of the tab layout: one grid cell per line starting with a TAB,
/// a blank line after each row, continuation lines of multi-line cells without a TAB.
struct LayoutBuffer {
    /// The text written so far, every line ended by `\n`.
    private(set) var text: String = ""
    /// True when the last line written is blank (or nothing was written).
    private(set) var endsWithBlank = true

    init() { text.reserveCapacity(40_000) }

    /// A line as is (titles, paragraphs, notes).
    mutating func line(_ line: String) {
        text += line
        text += "\n"
        endsWithBlank = line.isEmpty
    }

    /// `count` blank lines.
    mutating func blank(_ count: Int = 1) {
        for _ in 0..<count { text += "\n" }
        if count > 0 { endsWithBlank = true }
    }

    /// One grid cell: `TAB + text`; the lines after the first of a multi-line text
    /// are printed without a TAB (as the seed prints the 绩效目标 cell). Splits on the
    /// newline byte, without grapheme breaking.
    mutating func cell(_ cell: String) {
        text += "\t"
        text += cell
        text += "\n"
        endsWithBlank = false
    }

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

    /// The amount at `index`, or an empty cell when the array is shorter.
    static func amount(_ values: [Amount?], _ index: Int) -> String {
        index < values.count ? amount(values[index]) : ""
    }

    /// `2000`, `1234.50`, or an empty cell.
    static func quantity(_ value: Quantity?) -> String { value?.description ?? "" }

    /// The cells of `values`, padded with empty cells to at least `count`.
    static func amounts(_ values: [Amount?], padTo count: Int) -> [String] {
        (0..<max(count, values.count)).map { amount(values, $0) }
    }
}
