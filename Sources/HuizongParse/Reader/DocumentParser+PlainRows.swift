import HuizongModel

/// The usual rows of the classified tables read at once, without the strings and
/// checks that only a message needs.
///
/// Each fast path reads a row only when every cell has its usual shape (one line, a
/// subject code of digits, amounts like `123.45`) and returns nil otherwise, having
/// changed nothing; the caller then reads the row the general way, to the same row or
/// to the problem it reports.
extension DocumentParser {
    /// A row of T2, T3, T5, T6, T7 or T8 read at once: code, name and `width` amounts
    /// from `cells` (序号 already checked as `number`), or nil when any cell is unusual.
    @inline(__always)
    func plainClassifiedRow(_ cells: ArraySlice<Cell>, number: Int, scheme: SubjectCode.Scheme, width: Int) -> ClassifiedRow? {
        let base = cells.startIndex
        let codeCell = cells[base + 1], nameCell = cells[base + 2]
        guard codeCell.isSingleLine else { return nil }
        let code: SubjectCode?
        if codeCell.range.isEmpty {
            guard TemplateLabels.total.matches(nameCell, in: text) else { return nil }
            code = nil
        } else {
            guard let parsed = cursor.strings.subjectCode(text.bytes, codeCell.range, scheme: scheme) else { return nil }
            code = parsed
        }
        let amounts: [Amount?]
        if allEmpty(cells, 3..<3 + width) {
            amounts = EmptyAmountRows.of(width: width)
        } else {
            guard let parsed = plainAmounts(cells, from: base + 3, count: width) else { return nil }
            amounts = parsed
        }
        return ClassifiedRow(number: number, code: code, name: code == nil ? "合计" : content(nameCell),
                             amounts: amounts, source: SourceLocation(line: cells[base].line))
    }

    /// The amounts of the `count` cells of `cells` from index `start`, each empty or of the
    /// usual shape (see ``plainAmount(_:maxDecimals:)``, two decimals at most); nil when
    /// any is not.
    func plainAmounts(_ cells: ArraySlice<Cell>, from start: Int, count: Int) -> [Amount?]? {
        // Reserved and appended to: `Array(repeating:count:)` and
        // `Array(unsafeUninitializedCapacity:)` allocate through an unspecialized runtime
        // path that looks the storage type up each time, twice as costly.
        var amounts: [Amount?] = []
        amounts.reserveCapacity(count)
        let plain = text.bytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<count {
                let cell = cells[start &+ offset]
                guard cell.isSingleLine else { return false }
                if cell.range.isEmpty { amounts.append(nil); continue }
                guard let value = Self.plainAmount(UnsafeBufferPointer(rebasing: bytes[cell.range]), maxDecimals: 2)
                else { return false }
                amounts.append(value)
            }
            return true
        }
        return plain ? amounts : nil
    }
}
