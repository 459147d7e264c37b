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
    /// returned from here in an optional was copied once more. Amounts equal to those
    /// `above` come back empty with `above.matched` set (see ``AmountsAbove``).
    @inline(__always)
    func plainClassifiedCells(_ cells: RowView, scheme: SubjectCode.Scheme, width: Int, above: inout AmountsAbove)
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
        if allEmpty(cells, 3..<3 + width) { above.forget(); return (code, emptyAmounts(width: width)) }
        guard let amounts = plainAmounts(cells, from: base + 3, count: width, above: &above) else { return nil }
        return (code, amounts)
    }

    /// The amounts of the `count` cells of `cells` from index `start`, each empty or of the
    /// usual shape (see ``plainAmount(_:maxDecimals:)``, two decimals at most); nil when
    /// any is not.
    ///
    /// The amounts are read into `above.room`, each compared with the amount of the row
    /// above there as it is written. When all equal those of the row above, the result is
    /// empty and `above.matched` is set: the caller gives the row the array of the row
    /// above. Otherwise they are copied into a new array, and stay in the room for the
    /// next row.
    func plainAmounts(_ cells: RowView, from start: Int, count: Int, above: inout AmountsAbove) -> [Amount?]? {
        let room = above.room
        var same = above.count == count
        let plain = text.bytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<count {
                let cell = cells[start &+ offset]
                guard cell.isSingleLine else { return false }
                var value: Amount? = nil
                if !cell.range.isEmpty {
                    guard let parsed = Self.plainAmount(UnsafeBufferPointer(rebasing: bytes[cell.range]), maxDecimals: 2)
                    else { return false }
                    value = parsed
                }
                if same && room[offset] != value { same = false }
                room[offset] = value
            }
            return true
        }
        guard plain else { above.forget(); return nil }
        if same { above.matched = true; return [] }
        above.count = count
        // Made new (see ``NewAmountRow``) and written through a pointer:
        // `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` allocate
        // through an unspecialized runtime path that looks the storage type up each time,
        // twice as costly; copying the shared empty row took a reference to that row (an
        // atomic count every thread contends for).
        var amounts = NewAmountRow.nils(count)
        amounts.withUnsafeMutableBufferPointer {
            $0.baseAddress.unsafelyUnwrapped.update(from: room.baseAddress.unsafelyUnwrapped, count: count)
        }
        return amounts
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
                guard Self.isColumnNumbersLabel(bytes, range) else { return nil }
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

    /// Whether `bytes[range]` is 栏次 printed as the template prints it (the bytes of
    /// `TemplateLabels.columnNumbers.key`: E6 A0 8F E6 AC A1), told by two loads of
    /// constants: the shared label, a global made at first use, cost a `swift_once`
    /// check for each table, and a copy of its key a count on an array every thread reads.
    @inline(__always)
    static func isColumnNumbersLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count == 6 else { return false }
        return bytes.withUnsafeBytes { raw in
            raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt32.self) == UInt32(littleEndian: 0xE68F_A0E6)
                && raw.loadUnaligned(fromByteOffset: range.lowerBound &+ 4, as: UInt16.self) == UInt16(littleEndian: 0xA1AC)
        }
    }
}
