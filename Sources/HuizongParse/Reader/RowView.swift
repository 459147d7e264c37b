/// The cells of one table row, lent to the code that makes the row, for one call.
///
/// The usual row of the tab layout is `count` consecutive cell lines, each line one
/// single-line cell: its cells are then read from the text's lines in place, each made
/// when asked for. Any other row was read cell by cell into a ``RowCells`` buffer, and
/// the view reads that buffer. Either way `view[i]` is the cell `i` of the row.
///
/// Copying each line of the usual row into a buffer of cells first wrote about 20
/// instructions' worth of `Cell` per cell, most of which no reader looked at.
struct RowView {
    /// The text's lines when the row is read in place; nil for a row in a buffer.
    private let lines: UnsafePointer<SourceLine>?
    /// The row's cells when they were read into a buffer.
    private let cells: UnsafePointer<Cell>?
    /// The index of the row's first line (in place).
    private let first: Int
    /// The number of cells in the row.
    let count: Int
    /// True when a blank line came before the row's first cell (in place).
    private let afterBlank: Bool

    /// The row of the `count` single-line cell lines from index `first` of `lines`.
    init(lines: UnsafePointer<SourceLine>, first: Int, count: Int, afterBlank: Bool) {
        self.lines = lines
        self.cells = nil
        self.first = first
        self.count = count
        self.afterBlank = afterBlank
    }

    /// The row of the cells in `buffer`.
    init(_ buffer: UnsafeBufferPointer<Cell>) {
        self.lines = nil
        self.cells = buffer.baseAddress
        self.first = 0
        self.count = buffer.count
        self.afterBlank = false
    }

    /// The index of the first cell: always 0.
    var startIndex: Int { 0 }

    /// Cell `index` of the row (`0..<count`).
    @inline(__always)
    subscript(index: Int) -> Cell {
        assert(index >= 0 && index < count, "cell index out of the row")
        if let lines {
            let k = first &+ index
            let line = lines[k]
            return Cell(range: line.start..<line.end, lineIndex: k, moreLines: k &+ 1..<k &+ 1,
                        afterBlank: index == 0 && afterBlank)
        }
        return cells.unsafelyUnwrapped[index]
    }

    /// Whether every cell of the row is empty (the placeholder row of an empty table).
    func isBlank(in cursor: CellCursor) -> Bool {
        for index in 0..<count where !cursor.isEmpty(self[index]) { return false }
        return true
    }
}

extension CellCursor {
    /// The usual row of the tab layout ahead: after blank lines, exactly `width` cell lines,
    /// then a blank line or the end. Moves past it and returns its first line's index and
    /// whether blank lines came before it; returns nil without moving when the row is
    /// anything else (``nextRow(width:multiline:stopAtTitles:into:)`` then reads it cell
    /// by cell, to the same cells). `lines` are the text's lines.
    @inline(__always)
    mutating func plainRow(width: Int, in lines: UnsafeBufferPointer<SourceLine>) -> (first: Int, afterBlank: Bool)? {
        guard text.layout == .tab else { return nil }
        var first = position
        while first < lines.count && lines[first].kind == .blank { first &+= 1 }
        guard width <= lines.count &- first else { return nil }
        let end = first &+ width
        guard end == lines.count || lines[end].kind == .blank else { return nil }
        for k in first..<end where lines[k].kind != .cell { return nil }
        let afterBlank = first > position
        position = end
        return (first, afterBlank)
    }
}
