/// One cell read from the text: its content and the line it starts on.
struct Cell {
    /// Content bytes of the first line of the cell.
    var range: Range<Int>
    /// Continuation lines (multi-line text cells), as ranges.
    var more: [Range<Int>] = []
    /// 0-based line index where the cell starts.
    var lineIndex: Int
    /// True when a blank line came before this cell (a row boundary in the tab layout).
    var afterBlank: Bool

    /// 1-based line number.
    var line: Int { lineIndex + 1 }
}

/// Reads cells one at a time, in either layout, and rows of a known width.
///
/// The reader knows each table's columns, so rows are recovered by count in the pipe
/// layout; in the tab layout the blank lines between rows are checked as well, so a
/// missing or extra cell is reported on the row where it happens.
struct CellCursor {
    let text: SourceText
    /// Index of the next line to look at.
    var position: Int = 0

    init(text: SourceText) { self.text = text }

    /// Skips blank lines; returns whether any was skipped.
    @discardableResult
    mutating func skipBlank() -> Bool {
        var skipped = false
        while position < text.lineCount && text.kinds[position] == .blank { position += 1; skipped = true }
        return skipped
    }

    /// The kind of the next non-blank line, or nil at the end.
    func peekKind() -> LineKind? {
        var k = position
        while k < text.lineCount && text.kinds[k] == .blank { k += 1 }
        return k < text.lineCount ? text.kinds[k] : nil
    }

    /// The index of the next non-blank line.
    func peekIndex() -> Int? {
        var k = position
        while k < text.lineCount && text.kinds[k] == .blank { k += 1 }
        return k < text.lineCount ? k : nil
    }

    /// Reads the next cell, or returns nil (without moving) when the next non-blank line
    /// is not a cell. Merged markers (`| ||`) are skipped when `skipMerged`.
    /// With `multiline`, the pipe layout's text lines before a cell line belong to it.
    /// With `stopAtTitles`, a table title never continues a cell (tab layout).
    mutating func nextCell(skipMerged: Bool = false, multiline: Bool = false, stopAtTitles: Bool = false) -> Cell? {
        let saved = position
        var afterBlank = skipBlank()
        while position < text.lineCount && text.kinds[position] == .merged && skipMerged {
            position += 1
            if skipBlank() { afterBlank = true }
        }
        guard position < text.lineCount else { position = saved; return nil }
        let k = position
        switch text.kinds[k] {
        case .cell, .merged:
            position += 1
            var cell = Cell(range: text.cellRange(k), lineIndex: k, afterBlank: afterBlank)
            if text.layout == .tab {
                // Continuation lines: text right after a cell, no blank line between.
                while position < text.lineCount && text.kinds[position] == .text {
                    if stopAtTitles, TitleMatcher.isTitle(text.bytes, text.lineRange(position)) { break }
                    cell.more.append(text.cellRange(position))
                    position += 1
                }
            }
            return cell
        case .text where multiline && text.layout == .pipe:
            // A multi-line cell: text lines up to the next cell line, which ends it.
            var m = k
            var ranges: [Range<Int>] = []
            while m < text.lineCount && text.kinds[m] == .text { ranges.append(text.cellRange(m)); m += 1 }
            guard m < text.lineCount && text.kinds[m] == .cell else { position = saved; return nil }
            ranges.append(text.cellRange(m))
            position = m + 1
            return Cell(range: ranges[0], more: Array(ranges.dropFirst()), lineIndex: k, afterBlank: afterBlank)
        default:
            position = saved
            return nil
        }
    }

    /// The cell's text; continuation lines joined with a newline.
    func string(_ cell: Cell) -> String {
        var s = text.string(cell.range)
        for r in cell.more { s += "\n" + text.string(r) }
        return s
    }

    /// Whether the cell is empty.
    func isEmpty(_ cell: Cell) -> Bool { cell.range.isEmpty && cell.more.isEmpty }

    /// The outcome of reading a row.
    enum RowRead {
        /// `width` cells.
        case row([Cell])
        /// No more cells: the table ended before this row.
        case end
        /// A row with the wrong number of cells (tab layout), or the file ended mid-row.
        case wrongCount(cells: [Cell], found: Int)
        case truncated(cells: [Cell])
    }

    /// Reads one row of `width` cells.
    mutating func nextRow(width: Int, multiline: Bool = false, stopAtTitles: Bool = false) -> RowRead {
        guard let first = nextCell(multiline: multiline, stopAtTitles: stopAtTitles) else { return .end }
        var cells = [first]
        cells.reserveCapacity(min(width, 32))
        switch text.layout {
        case .pipe:
            while cells.count < width {
                guard let cell = nextCell(multiline: multiline, stopAtTitles: stopAtTitles) else { return .truncated(cells: cells) }
                cells.append(cell)
            }
            return .row(cells)
        case .tab:
            // Read the whole group up to the next blank line.
            while position < text.lineCount && (text.kinds[position] == .cell || text.kinds[position] == .merged) {
                guard let cell = nextCell(stopAtTitles: stopAtTitles) else { break }
                cells.append(cell)
            }
            if cells.count == width { return .row(cells) }
            if position >= text.lineCount && cells.count < width { return .truncated(cells: cells) }
            return .wrongCount(cells: cells, found: cells.count)
        }
    }
}
