import HuizongModel

/// The usual rows of the classified tables read at once, without the strings and
/// checks that only a message needs.
///
/// Each fast path reads a row only when every cell has its usual shape (one line, a
/// subject code of digits, amounts like `123.45`) and returns nil otherwise, having
/// changed nothing; the caller then reads the row the general way, to the same row or
/// to the problem it reports.
extension DocumentParser {
    /// The code and the `width` amounts of a row of T2, T3, T5, T6, T7 or T8 read at once
    /// from `cells`, or nil when any cell is unusual. The caller makes the row: a row
    /// returned from here in an optional was copied once more.
    @inline(__always)
    func plainClassifiedCells(_ cells: RowView, scheme: SubjectCode.Scheme, width: Int)
    -> (code: SubjectCode?, amounts: [Amount?])? {
        let base = cells.startIndex
        let codeCell = cells[base + 1]
        guard codeCell.isSingleLine else { return nil }
        let code: SubjectCode?
        if codeCell.range.isEmpty {
            guard TemplateLabels.total.matches(cells[base + 2], in: text) else { return nil }
            code = nil
        } else {
            guard let parsed = cursor.strings.subjectCode(text.bytes, codeCell.range, scheme: scheme) else { return nil }
            code = parsed
        }
        if allEmpty(cells, 3..<3 + width) { return (code, emptyAmounts(width: width)) }
        guard let amounts = plainAmounts(cells, from: base + 3, count: width) else { return nil }
        return (code, amounts)
    }

    /// The amounts of the `count` cells of `cells` from index `start`, each empty or of the
    /// usual shape (see ``plainAmount(_:maxDecimals:)``, two decimals at most); nil when
    /// any is not.
    func plainAmounts(_ cells: RowView, from start: Int, count: Int) -> [Amount?]? {
        // Made new (see ``NewAmountRow``) and written through a pointer:
        // `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` allocate
        // through an unspecialized runtime path that looks the storage type up each time,
        // twice as costly; copying the shared empty row took a reference to that row (an
        // atomic count every thread contends for).
        var amounts = NewAmountRow.nils(count)
        let plain = text.bytes.withUnsafeBufferPointer { bytes in
            amounts.withUnsafeMutableBufferPointer { values in
                for offset in 0..<count {
                    let cell = cells[start &+ offset]
                    guard cell.isSingleLine else { return false }
                    if cell.range.isEmpty { continue }
                    guard let value = Self.plainAmount(UnsafeBufferPointer(rebasing: bytes[cell.range]), maxDecimals: 2)
                    else { return false }
                    values[offset] = value
                }
                return true
            }
        }
        return plain ? amounts : nil
    }

    /// The usual column headers of a table in the tab layout passed at once: every cell up
    /// to the 栏次 cell (printed as the template prints it) and its `width - 1` numbers
    /// `1`, `2`, … after it are single-line cell lines, and no cell before it can be 栏次
    /// (see ``mayBeColumnNumbers(_:_:)``). Returns the index of the line after the last
    /// number, without moving; nil for any other header, which
    /// ``skipColumnHeaders(_:width:)`` then reads cell by cell (to the same end, or to the
    /// problem it reports).
    ///
    /// Reading each header cell through the cursor cost a cell made and a look for
    /// continuation lines per cell: a classified table's header has 20 to 30 of them.
    func plainColumnHeadersEnd(width: Int) -> Int? {
        guard text.layout == .tab else { return nil }
        let lines = text.lines, bytes = text.bytes
        return lines.withUnsafeBufferPointer { lines -> Int? in
            /// The next cell line from `k` on (after blank lines) when it is a single-line
            /// cell: no text line right after it continues it.
            func singleLineCell(from k: Int) -> Int? {
                var k = k
                while k < lines.count && lines[k].kind == .blank { k &+= 1 }
                guard k < lines.count, lines[k].kind == .cell else { return nil }
                guard k &+ 1 == lines.count || lines[k &+ 1].kind != .text else { return nil }
                return k
            }
            var k = cursor.position
            while true {
                guard let cell = singleLineCell(from: k) else { return nil }
                k = cell &+ 1
                let range = lines[cell].range
                if !Self.mayBeColumnNumbers(bytes, range) { continue }
                // The key is read from the shared label where it is compared, not copied
                // into a local: a copy retained and released its bytes, an array every
                // worker thread counts (its cache line moved between the cores).
                guard TemplateLabels.columnNumbers.key.isExactly(bytes, range) else { return nil }
                break
            }
            return bytes.withUnsafeBufferPointer { bytes -> Int? in
                for column in 1..<max(width, 1) {
                    guard let cell = singleLineCell(from: k) else { return nil }
                    k = cell &+ 1
                    let range = lines[cell].range
                    guard !range.isEmpty, range.count <= 6 else { return nil }
                    var value = 0
                    for index in range {
                        let digit = bytes[index] &- 0x30
                        guard digit < 10 else { return nil }
                        value = value &* 10 &+ Int(digit)
                    }
                    guard value == column else { return nil }
                }
                return k
            }
        }
    }
}
