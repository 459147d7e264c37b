import HuizongModel

/// Sums of amount rows kept in one flat array (row `r`, column `c` at `r × width + c`), so
/// that adding a unit's row to a sum touches no nested array and allocates nothing.
///
/// Each row remembers its own length: the length it was opened with, grown to the longest
/// row added to it, exactly as `[Amount?]` sums grown in place would be.
///
/// Sums are kept in 分 (`Int64`), with a flag per cell telling whether anything was added:
/// an `Amount` is made once per cell, when a row is read (``row(_:)``), not once per amount
/// added (making one checks its range). An overflow traps as `Amount`'s `+` does.
struct AmountGrid {
    /// Cells per row in `cells` (the longest row seen so far).
    private var width: Int
    /// Cells, row after row.
    private var cells: [Cell]
    /// Each row's length (at most `width`).
    private var lengths: [Int]

    /// One cell: a sum in 分 and whether anything was added to it. (One array of these,
    /// not an array of sums and one of flags: an `[Int64]` or `[Bool]` was allocated
    /// through the standard library's shared code, which looks up its type every time.)
    struct Cell {
        /// The sum in 分 (0 where nothing was added).
        var fen: Int64 = 0
        /// True once an amount was added (the cell is empty otherwise).
        var filled = false
    }

    /// The cells, to add amounts to in place (cell `r × width + c` is row `r`, column `c`).
    struct Cells {
        let cells: UnsafeMutableBufferPointer<Cell>

        /// Adds `amount` to cell `index` (an empty cell counting as zero).
        @inline(__always)
        func add(_ amount: Amount, at index: Int) {
            cells[index].fen += amount.fen
            cells[index].filled = true
        }
    }

    /// An empty grid whose rows have room for `width` cells.
    init(width: Int, rowCapacity: Int = 0) {
        self.width = width
        cells = []
        cells.reserveCapacity(width * rowCapacity)
        lengths = []
        lengths.reserveCapacity(rowCapacity)
    }

    /// The number of rows.
    var rowCount: Int { lengths.count }

    /// Opens a row of `length` empty cells; returns its index.
    @discardableResult
    mutating func appendRow(length: Int) -> Int {
        if length > width { widen(to: length) }
        cells.append(contentsOf: repeatElement(Cell(), count: width))
        lengths.append(length)
        return lengths.count - 1
    }

    /// Makes row `row` at least `length` cells long (the grid widens when needed), so that
    /// ``withCells(_:)`` may add to its first `length` cells.
    mutating func fit(row: Int, length: Int) {
        if length > width { widen(to: length) }
        if length > lengths[row] { lengths[row] = length }
    }

    /// Calls `body` with the cells (row `r`, column `c` at `r × width + c`) and the width,
    /// to add to them in place (an empty cell stays empty where every amount added is).
    /// A caller that reads its amounts from its source rows inside the loop costs no
    /// reference count per row; passing each row's `[Amount?]` to a function, even one
    /// always inlined, costs a retain and a release per row. `body` writes only cells of
    /// rows fitted to their length (``fit(row:length:)``), within their length.
    mutating func withCells<R>(_ body: (Cells, _ width: Int) -> R) -> R {
        let width = self.width
        return cells.withUnsafeMutableBufferPointer { body(Cells(cells: $0), width) }
    }

    /// Calls `body` with the cells (as ``withCells(_:)``), each row's length and the width,
    /// to place and add rows in one pass: `body` may lengthen a row up to the width (as
    /// ``fit(row:length:)`` would) before adding to its cells, but opens no row and never
    /// widens the grid (``appendRow(length:)`` and ``ensureWidth(_:)`` do, outside it).
    mutating func withCellsAndLengths<R>(
        _ body: (Cells, UnsafeMutableBufferPointer<Int>, _ width: Int) -> R
    ) -> R {
        let width = self.width
        return cells.withUnsafeMutableBufferPointer { cells in
            lengths.withUnsafeMutableBufferPointer { lengths in body(Cells(cells: cells), lengths, width) }
        }
    }

    /// Widens the grid to at least `width` cells per row (no row's length changes).
    mutating func ensureWidth(_ width: Int) {
        if width > self.width { widen(to: width) }
    }

    /// Every cell as an amount (nil where nothing was added), row after row: made once the
    /// adding is done (``makeAmounts()``), for ``row(_:)`` to copy rows from.
    private var amounts: [Amount?] = []

    /// Makes every cell's amount, once the adding is done: ``row(_:)`` reads them.
    /// (One array for the grid, rows copied from it: an array made row by row, by `map`,
    /// `init(repeating:count:)` or `init(unsafeUninitializedCapacity:)`, was allocated
    /// through the standard library's unspecialized code, which looks up the array's type
    /// on every call, 300 to 650 instructions.)
    mutating func makeAmounts() {
        amounts = Array(cells.lazy.map { $0.filled ? Amount(fen: $0.fen) : nil })
    }

    /// Row `row`'s cells: the sum of each cell an amount was added to, nil for the others
    /// (after ``makeAmounts()``).
    func row(_ row: Int) -> [Amount?] {
        precondition(amounts.count == cells.count, "the grid's amounts are made before its rows are read")
        let base = row * width
        return Array(amounts[base..<(base + lengths[row])])
    }

    /// Lays the cells out again with `newWidth` cells per row (rows keep their cells).
    private mutating func widen(to newWidth: Int) {
        var wider = [Cell](repeating: Cell(), count: newWidth * lengths.count)
        for row in lengths.indices {
            for column in 0..<width { wider[row * newWidth + column] = cells[row * width + column] }
        }
        cells = wider
        width = newWidth
    }
}
