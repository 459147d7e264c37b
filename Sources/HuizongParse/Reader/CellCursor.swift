/// One cell read from the text: where its content is and the line it starts on.
///
/// A plain value: a multi-line cell's further lines are consecutive lines of the file,
/// so they are kept as a range of line indices, not as an array.
struct Cell {
    /// Content bytes of the first line of the cell.
    var range: Range<Int>
    /// 0-based line index where the cell starts.
    var lineIndex: Int
    /// Continuation lines (multi-line text cells), as line indices; empty for most cells.
    var moreLines: Range<Int>
    /// True when a blank line came before this cell (a row boundary in the tab layout).
    var afterBlank: Bool

    init(range: Range<Int>, lineIndex: Int, moreLines: Range<Int> = 0..<0, afterBlank: Bool) {
        self.range = range
        self.lineIndex = lineIndex
        self.moreLines = moreLines
        self.afterBlank = afterBlank
    }

    /// 1-based line number.
    var line: Int { lineIndex + 1 }
    /// True when the cell has a single line.
    var isSingleLine: Bool { moreLines.isEmpty }
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
    /// The strings made so far on this thread, shared by cells of the same text.
    let strings = StringVocabulary.forCurrentThread()

    init(text: SourceText) { self.text = text }

    /// Skips blank lines; returns whether any was skipped.
    @discardableResult
    mutating func skipBlank() -> Bool {
        let lines = text.lines
        var skipped = false
        while position < lines.count && lines[position].kind == .blank { position += 1; skipped = true }
        return skipped
    }

    /// The kind of the next non-blank line, or nil at the end.
    func peekKind() -> LineKind? {
        peekIndex().map { text.kind($0) }
    }

    /// The index of the next non-blank line.
    func peekIndex() -> Int? {
        let lines = text.lines
        var k = position
        while k < lines.count && lines[k].kind == .blank { k += 1 }
        return k < lines.count ? k : nil
    }

    /// Reads the next cell, or returns nil (without moving) when the next non-blank line
    /// is not a cell. Merged markers (`| ||`) are skipped when `skipMerged`.
    /// With `multiline`, the pipe layout's text lines before a cell line belong to it.
    /// With `stopAtTitles`, a table title never continues a cell (tab layout).
    mutating func nextCell(skipMerged: Bool = false, multiline: Bool = false, stopAtTitles: Bool = false) -> Cell? {
        let lines = text.lines
        let saved = position
        var afterBlank = skipBlank()
        while position < lines.count && lines[position].kind == .merged && skipMerged {
            position += 1
            if skipBlank() { afterBlank = true }
        }
        guard position < lines.count else { position = saved; return nil }
        let k = position
        switch lines[k].kind {
        case .cell, .merged:
            position += 1
            if text.layout == .tab {
                // Continuation lines: text right after a cell, no blank line between.
                while position < lines.count && lines[position].kind == .text {
                    if stopAtTitles, TitleMatcher.isTitle(text.bytes, lines[position].range) { break }
                    position += 1
                }
            }
            return Cell(range: lines[k].range, lineIndex: k, moreLines: k + 1..<position, afterBlank: afterBlank)
        case .text where multiline && text.layout == .pipe:
            // A multi-line cell: text lines up to the next cell line, which ends it.
            var m = k
            while m < lines.count && lines[m].kind == .text { m += 1 }
            guard m < lines.count && lines[m].kind == .cell else { position = saved; return nil }
            position = m + 1
            return Cell(range: lines[k].range, lineIndex: k, moreLines: k + 1..<m + 1, afterBlank: afterBlank)
        default:
            position = saved
            return nil
        }
    }

    /// The cell's text; continuation lines joined with a newline.
    func string(_ cell: Cell) -> String { text.string(cell) }

    /// The cell's text like ``string(_:)``, but shared with earlier cells of the same
    /// text (see ``StringVocabulary``).
    func content(_ cell: Cell) -> String {
        if cell.isSingleLine { return strings.string(text.bytes, cell.range) }
        // Captured unretained (this cursor keeps it alive for the call): a captured
        // reference was retained and released per cell.
        let strings = Unmanaged.passUnretained(strings)
        return text.withJoinedBytes(cell) { bytes in strings._withUnsafeGuaranteedRef { $0.string(bytes) } }
    }

    /// Whether the cell is empty.
    func isEmpty(_ cell: Cell) -> Bool { cell.range.isEmpty && cell.isSingleLine }

    /// The outcome of reading a row.
    enum RowRead {
        /// `width` cells.
        case row
        /// No more cells: the table ended before this row.
        case end
        /// A row with the wrong number of cells (tab layout).
        case wrongCount(found: Int)
        /// The file or the table ended mid-row.
        case truncated
    }

    /// Reads one row of `width` cells into `cells` (emptied first; one buffer serves a
    /// whole table).
    mutating func nextRow(width: Int, multiline: Bool = false, stopAtTitles: Bool = false,
                          into cells: inout RowCells) -> RowRead {
        cells.removeAll()
        guard let first = nextCell(multiline: multiline, stopAtTitles: stopAtTitles) else { return .end }
        cells.append(first)
        switch text.layout {
        case .pipe:
            while cells.count < width {
                guard let cell = nextCell(multiline: multiline, stopAtTitles: stopAtTitles) else { return .truncated }
                cells.append(cell)
            }
            return .row
        case .tab:
            // Read the whole group up to the next blank line.
            let lines = text.lines
            while position < lines.count && (lines[position].kind == .cell || lines[position].kind == .merged) {
                guard let cell = nextCell(stopAtTitles: stopAtTitles) else { break }
                cells.append(cell)
            }
            if cells.count == width { return .row }
            if position >= lines.count && cells.count < width { return .truncated }
            return .wrongCount(found: cells.count)
        }
    }
}

extension CellCursor {
    /// How many rows of `width` cells the lines ahead hold in the tab layout, counted by
    /// stepping from row to row (a row's first cell line, `width` lines, then blank lines)
    /// up to the first line that does not start a row; nil in the pipe layout. An
    /// estimate for reserving room: multi-line cells and empty placeholder rows make it
    /// miss, which only costs the array a regrowth or a little room.
    func rowCountAhead(width: Int) -> Int? {
        guard text.layout == .tab, width > 0 else { return nil }
        return text.lines.withUnsafeBufferPointer { lines in
            var k = position, rows = 0
            while true {
                while k < lines.count && lines[k].kind == .blank { k &+= 1 }
                guard k < lines.count, lines[k].kind == .cell else { return rows }
                rows &+= 1
                k &+= width
            }
        }
    }
}

/// The cells of one row, in a buffer that keeps its storage from row to row.
struct RowCells {
    private var storage: [Cell] = []
    /// The number of cells in the row.
    private(set) var count = 0

    /// Empties the row, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Adds a cell at the end of the row.
    mutating func append(_ cell: Cell) {
        if count < storage.count { storage[count] = cell } else { storage.append(cell) }
        count += 1
    }

    /// The cells of the row.
    var cells: ArraySlice<Cell> { storage[0..<count] }

    /// Calls `body` with the cells of the row in a buffer valid only for the call (the
    /// row's own storage, lent without a retain of it).
    @inline(__always)
    func withCells<Result, Failure: Error>(_ body: (UnsafeBufferPointer<Cell>) throws(Failure) -> Result) throws(Failure) -> Result {
        try storage.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
            try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// The line number of the row's first cell (the row is not empty).
    var firstLine: Int { storage[0].line }

    /// Whether every cell of the row is empty (the placeholder row of an empty table).
    func isBlank(in cursor: CellCursor) -> Bool {
        for index in 0..<count where !cursor.isEmpty(storage[index]) { return false }
        return true
    }
}

extension SourceText {
    /// The cell's text; continuation lines joined with a newline.
    func string(_ cell: Cell) -> String {
        if cell.isSingleLine { return string(cell.range) }
        // Made in the string's own storage: no array of the joined bytes first.
        return bytes.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: joinedCount(cell)) { joinLines(of: cell, from: source, into: $0) }
        }
    }

    /// Calls `body` with the cell's bytes, continuation lines joined with a newline, in a
    /// buffer that lives only for the call (on the stack when small).
    func withJoinedBytes<Result>(_ cell: Cell, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: joinedCount(cell)) { buffer in
                let count = joinLines(of: cell, from: source, into: buffer)
                return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
        }
    }

    /// The number of bytes of the cell's lines joined with newlines.
    private func joinedCount(_ cell: Cell) -> Int {
        var total = cell.range.count
        for line in cell.moreLines { total += 1 + cellRange(line).count }
        return total
    }

    /// Writes the cell's lines joined with newlines into `target` (at least
    /// ``joinedCount(_:)`` bytes) from `source` (the text's bytes); returns how many.
    private func joinLines(of cell: Cell, from source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let to = target.baseAddress!, from = source.baseAddress!
        to.update(from: from + cell.range.lowerBound, count: cell.range.count)
        var written = cell.range.count
        for line in cell.moreLines {
            to[written] = 0x0A
            let range = cellRange(line)
            (to + written + 1).update(from: from + range.lowerBound, count: range.count)
            written += 1 + range.count
        }
        return written
    }
}
