import HuizongModel

/// Collects the lines of the tab layout: one grid cell per line starting with a TAB,
/// a blank line after each row, continuation lines of multi-line cells without a TAB.
struct LayoutBuffer {
    /// The lines written so far, without line ends.
    private(set) var lines: [String] = []

    /// A line as is (titles, paragraphs, notes).
    mutating func line(_ text: String) { lines.append(text) }

    /// `count` blank lines.
    mutating func blank(_ count: Int = 1) {
        for _ in 0..<count { lines.append("") }
    }

    /// One grid cell: `TAB + text`; the lines after the first of a multi-line text
    /// are printed without a TAB (as the seed prints the 绩效目标 cell).
    mutating func cell(_ text: String) {
        var first = true
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(first ? "\t" + part : String(part))
            first = false
        }
    }

    /// A grid row: its cells, then the blank line that ends the row.
    mutating func row(_ cells: [String]) {
        for text in cells { cell(text) }
        blank()
    }

    /// True when the last line written is blank (or nothing was written).
    var endsWithBlank: Bool { lines.last?.isEmpty ?? true }

    /// The whole text, every line ended by `\n`.
    var text: String {
        var out = ""
        for line in lines { out += line; out += "\n" }
        return out
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
