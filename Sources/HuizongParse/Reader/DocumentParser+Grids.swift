import HuizongModel

/// T1…T9: tables with a 栏次 row and rows of a fixed width.
extension DocumentParser {
    /// Reads rows of `width` cells until the table ends and makes each into a `Row` with
    /// `body`, which is given the row's cells and its index among the rows read.
    /// Rows whose cells are all empty (the placeholder row of an empty table) are skipped.
    /// Always inlined, so that `body` is inlined too: no closure call per row (a row is
    /// still copied once before it is appended).
    @inline(__always)
    mutating func readRows<Row>(_ id: TableID, width: Int, multiline: Bool = false, capacity: Int = 16,
                                _ body: (inout DocumentParser, RowView, Int) throws(TableAbort) -> Row)
    throws(TableAbort) -> [Row] {
        try readRows(id, width: width, multiline: multiline, capacity: capacity) {
            (parser: inout DocumentParser, cells: RowView, rows: inout [Row]) throws(TableAbort) in
            let made = try body(&parser, cells, rows.count)
            rows.append(consume made)
        }
    }

    /// ``readRows(_:width:multiline:capacity:_:)`` whose `body` appends each row to the
    /// rows read so far itself (so it can read the rows above in place).
    @inline(__always)
    mutating func readRows<Row>(_ id: TableID, width: Int, multiline: Bool = false, capacity: Int = 16,
                                appending body: (inout DocumentParser, RowView, inout [Row]) throws(TableAbort) -> Void)
    throws(TableAbort) -> [Row] {
        var rows: [Row] = []
        // Room for the rows the lines ahead hold, so that the array is allocated once and
        // is no larger than the table: it is kept with the budget.
        rows.reserveCapacity(cursor.rowCountAhead(width: width) ?? capacity)
        // The cell buffer of the previous table, reused (given back when done or thrown).
        var row = RowCells()
        swap(&row, &rowCells)
        defer { swap(&row, &rowCells) }
        // The text's lines, lent for the whole table: the usual row is read from them in
        // place (see ``RowView``).
        let lines = text.lines
        try lines.withUnsafeBufferPointer { (lines) throws(TableAbort) in
            while true {
                if let (first, afterBlank) = cursor.plainRow(width: width, in: lines) {
                    let view = RowView(lines: lines.baseAddress.unsafelyUnwrapped, first: first, count: width, afterBlank: afterBlank)
                    if view.isBlank(in: cursor) { continue }
                    try body(&self, view, &rows)
                    continue
                }
                // The row's cells are handed out only as call arguments, so no slice of the
                // buffer outlives its row and the next row reuses the buffer in place.
                switch cursor.nextRow(width: width, multiline: multiline, stopAtTitles: true, into: &row) {
                case .end:
                    return
                case .row:
                    if row.isBlank(in: cursor) { continue }
                    // The cells are lent as a buffer: a slice of the row's storage cost a
                    // retain and a release of that storage for every row.
                    try row.withCells { (cells) throws(TableAbort) in try body(&self, RowView(cells), &rows) }
                case .wrongCount(let found):
                    throw abort(.cellCount(expected: width, found: found), line: row.firstLine, table: id,
                                row: describeRow(row.cells))
                case .truncated:
                    throw abort(.truncated(expected: "\(width - row.count) 个单元格（本行应有 \(width) 个）"),
                                line: row.firstLine, table: id, row: describeRow(row.cells))
                }
            }
        }
        // A table that printed no row (an empty T7 or T8, whose placeholder row is skipped)
        // keeps no room: the budget holds its rows until the roll-up.
        if rows.isEmpty { return [] }
        return rows
    }

    /// The first cells of a row, for messages: `序号5 2080199 其他…`.
    func describeRow(_ cells: ArraySlice<Cell>) -> String {
        let texts = cells.prefix(3).map { string($0).trimmingAllWhitespace }.filter { !$0.isEmpty }
        guard let first = texts.first else { return "" }
        if first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && first.utf8.count <= 3 {
            return (["序号" + first] + texts.dropFirst()).joined(separator: " ")
        }
        return texts.joined(separator: " ")
    }

    /// T1 收支总表 and T4 财政拨款收支总表.
    mutating func readBalanceTable(_ id: TableID, scope: BudgetScope, titleLine: Int) throws(TableAbort) -> BalanceTable {
        let header = try readHeader(id, scope: scope, titleLine: titleLine)
        let incomeColumns = id == .t1 ? TableSchema.t1Income : TableSchema.t4Income
        let expenditureColumns = id == .t1 ? TableSchema.t1Expenditure : TableSchema.t4Expenditure
        let width = 3 + 1 + expenditureColumns.count
        try skipColumnHeaders(id, width: width)
        let lines = try readRows(id, width: width, capacity: 40) { (parser: inout DocumentParser, cells: RowView, index: Int) throws(TableAbort) in
            try parser.balanceLine(cells, number: index + 1, id: id, incomeColumns: incomeColumns, expenditureColumns: expenditureColumns)
        }
        return BalanceTable(header: header, lines: lines)
    }

    /// Line `expected` of T1 or T4, from its cells.
    func balanceLine(_ cells: RowView, number expected: Int, id: TableID, incomeColumns: [String],
                     expenditureColumns: [String]) throws(TableAbort) -> BalanceLine {
        let number = try expectRowNumber(cells[0], expected, table: id)
        let incomeItem = content(cells[1])
        let expenditureItem = content(cells[3])
        let income = try amount(cells[2], table: id, row: "序号\(number) " + incomeItem, column: incomeColumns[0])
        // The shared empty row only when the row has no expenditure (taking it for every
        // row and then replacing it cost a reference count each time).
        let expenditure: [Amount?]
        if allEmpty(cells, 4..<4 + expenditureColumns.count) {
            expenditure = emptyAmounts(width: expenditureColumns.count)
        } else {
            var values = NewAmountRow.nils(expenditureColumns.count)
            for offset in expenditureColumns.indices {
                values[offset] = try amount(cells[4 + offset], table: id, row: "序号\(number) " + expenditureItem,
                                            column: expenditureColumns[offset])
            }
            expenditure = values
        }
        return BalanceLine(number: number, incomeItem: incomeItem, income: income == nil ? emptyAmounts(width: 1) : [income],
                           expenditureItem: expenditureItem, expenditure: expenditure,
                           source: SourceLocation(line: cells[0].line))
    }

    /// T2, T3, T5, T6, T7, T8.
    mutating func readClassifiedTable(_ id: TableID, scope: BudgetScope, titleLine: Int) throws(TableAbort) -> ClassifiedTable {
        let header = try readHeader(id, scope: scope, titleLine: titleLine)
        let columns = TableSchema.columns(of: id)
        let scheme = TableSchema.scheme(of: id)
        let width = 3 + columns.count
        try skipColumnHeaders(id, width: width)
        // A row printing the same amounts as the row above shares its array (see
        // ``AmountsAbove``, whose room is on the stack): the row comes back with no
        // amounts and takes them here.
        let rows = try withUnsafeTemporaryAllocation(of: Amount?.self, capacity: columns.count) {
            (room) throws(TableAbort) -> [ClassifiedRow] in
            var above = AmountsAbove(room: room)
            return try readRows(id, width: width, capacity: 32) {
                (parser: inout DocumentParser, cells: RowView, rows: inout [ClassifiedRow]) throws(TableAbort) in
                let row = try parser.classifiedRow(cells, number: rows.count + 1, id: id, scheme: scheme, columns: columns,
                                                   above: &above)
                rows.append(consume row)
                // Set in place: changing the row before appending it copied the whole row.
                if above.matched {
                    above.matched = false
                    rows[rows.count - 1].amounts = rows[rows.count - 2].amounts
                }
            }
        }
        return ClassifiedTable(header: header, rows: rows)
    }

    /// Row `number` of a classified table, from its cells. Amounts equal to those `above`
    /// are left empty, with `above.matched` set (see ``AmountsAbove``).
    func classifiedRow(_ cells: RowView, number expected: Int, id: TableID, scheme: SubjectCode.Scheme,
                       columns: [String], above: inout AmountsAbove) throws(TableAbort) -> ClassifiedRow {
        let number = try expectRowNumber(cells[0], expected, table: id)
        let code: SubjectCode?, name: String, amounts: [Amount?]
        if let plain = plainClassifiedCells(cells, scheme: scheme, width: columns.count, above: &above) {
            (code, amounts) = plain
            name = code == nil ? "合计" : content(cells[2])
        } else {
            above.forget()
            (code, name, amounts) = try classifiedCells(cells, number: number, id: id, scheme: scheme, columns: columns)
        }
        return ClassifiedRow(number: number, code: code, name: name, amounts: amounts, source: SourceLocation(line: cells[0].line))
    }

    /// The code, name (`合计` on the total row) and amounts of a row of a classified table,
    /// read cell by cell; throws the problem of the first cell that cannot be read.
    func classifiedCells(_ cells: RowView, number: Int, id: TableID, scheme: SubjectCode.Scheme,
                         columns: [String]) throws(TableAbort) -> (SubjectCode?, String, [Amount?]) {
        let codeText = content(cells[1])
        let name = content(cells[2])
        func rowLabel() -> String { "序号\(number) \(codeText.isEmpty ? "" : codeText + " ")\(name)" }
        var code: SubjectCode? = nil
        if !codeText.isEmpty {
            guard let parsed = SubjectCode(codeText, scheme: scheme) else {
                throw abort(.badCode(codeText, scheme: scheme), line: cells[1].line, table: id, row: rowLabel())
            }
            code = parsed
        } else if !TemplateLabels.total.matches(cells[2], in: text) {
            throw abort(.missingCode(name: name), line: cells[1].line, table: id, row: rowLabel())
        }
        var amounts = emptyAmounts(width: columns.count)
        if !allEmpty(cells, 3..<3 + columns.count) {
            amounts = NewAmountRow.nils(columns.count)
            for offset in columns.indices {
                amounts[offset] = try amount(cells[3 + offset], table: id, row: rowLabel(), column: columns[offset])
            }
        }
        return (code, code == nil ? "合计" : name, amounts)
    }

    /// T9 财政拨款“三公”经费支出表.
    mutating func readThreePublicTable(scope: BudgetScope, titleLine: Int) throws(TableAbort) -> ThreePublicTable {
        let header = try readHeader(.t9, scope: scope, titleLine: titleLine)
        let columns = TableSchema.t9
        let width = 2 + columns.count
        try skipColumnHeaders(.t9, width: width)
        let rows = try readRows(.t9, width: width) { (parser: inout DocumentParser, cells: RowView, index: Int) throws(TableAbort) in
            let number = try parser.expectRowNumber(cells[0], index + 1, table: .t9)
            let label = parser.content(cells[1])
            // A row that prints no amount (most rows of most units) shares the thread's
            // empty row instead of keeping an array of its own until the roll-up.
            if parser.allEmpty(cells, 2..<2 + columns.count) {
                return LabeledRow(number: number, label: label, amounts: parser.emptyAmounts(width: columns.count),
                                  source: SourceLocation(line: cells[0].line))
            }
            var amounts = NewAmountRow.nils(columns.count)
            for offset in columns.indices {
                amounts[offset] = try parser.amount(cells[2 + offset], table: .t9, row: "序号\(number) \(label)", column: columns[offset])
            }
            return LabeledRow(number: number, label: label, amounts: amounts, source: SourceLocation(line: cells[0].line))
        }
        return ThreePublicTable(header: header, rows: rows)
    }
}
