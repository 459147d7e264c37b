import HuizongModel

/// The tables of the narrative: procurement (P), fixed assets (A), text tables.
extension DocumentParser {
    /// 单位政府采购预算.
    mutating func readProcurementTable(scope: BudgetScope, titleLine: Int) throws(TableAbort) -> ProcurementTable {
        let id = TableID.procurement
        var header = try readHeader(id, scope: scope, titleLine: titleLine)
        header.budgetYear = nil
        // The labels read once a table, not once a cell or a row (each read of a lazily
        // made global costs a `swift_once` check).
        let headerEnd = TemplateLabels.procurementHeaderEnd, total = TemplateLabels.total, subtotal = TemplateLabels.subtotal
        // Column headers end with 上年结转结余 and the empty cell under 中小微企业份额.
        while true {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                throw abort(.badHeader(expected: "表头以“上年结转结余”结束", found: "表头结束"), line: cursor.position, table: id)
            }
            if headerEnd.matches(cell, in: text) { break }
        }
        while true {
            let saved = cursor.position
            guard let cell = cursor.nextCell(skipMerged: true) else { break }
            if !cursor.isEmpty(cell) { cursor.position = saved; break }
        }
        let columns = TableSchema.procurementAmounts
        let rows = try readRows(id, width: 8 + columns.count) { (parser: inout DocumentParser, cells: RowView, _: Int) throws(TableAbort) in
            let name = parser.content(cells[0])
            let kind: ProcurementRow.Kind = total.matches(cells[0], in: parser.text) ? .total
                : subtotal.isSuffix(of: cells[0], in: parser.text) ? .subtotal : .item
            let itemName = parser.content(cells[2])
            // The row's name for messages, made only when a cell cannot be read (made for
            // every row, it cost an interpolated string per item row).
            func rowLabel() -> String { kind == .item ? "\(name) \(itemName)" : name }
            var amounts = NewAmountRow.nils(columns.count)
            for offset in columns.indices {
                amounts[offset] = try parser.amount(cells[7 + offset], table: id, row: rowLabel(), column: columns[offset])
            }
            return ProcurementRow(
                kind: kind, projectName: kind == .total ? "合计" : name,
                projectBudget: try parser.amount(cells[1], table: id, row: rowLabel(), column: "预算资金"),
                itemName: itemName, catalogCode: parser.content(cells[3]), measureUnit: parser.content(cells[4]),
                quantity: try parser.quantity(cells[5], table: id, row: rowLabel(), column: "数量"),
                unitPrice: try parser.amount(cells[6], table: id, row: rowLabel(), column: "单价"),
                amounts: amounts,
                smeShare: try parser.amount(cells[14], table: id, row: rowLabel(), column: "预留中小微企业份额"),
                source: SourceLocation(line: cells[0].line))
        }
        return ProcurementTable(header: header, rows: rows)
    }

    /// 单位固定资产占用情况表.
    mutating func readAssetTable(scope: BudgetScope, titleLine: Int) throws(TableAbort) -> AssetTable {
        let id = TableID.assets
        let header = try readHeader(id, scope: scope, titleLine: titleLine)
        let valueLabel = TemplateLabels.assetValue  // read once, not once a cell (a `swift_once` check each)
        while true {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                throw abort(.badHeader(expected: "表头“项目 数量 价值（金额单位：万元）”", found: "表头结束"), line: cursor.position, table: id)
            }
            if valueLabel.isPrefix(of: cell, in: text) { break }
        }
        let rows = try readRows(id, width: 3) { (parser: inout DocumentParser, cells: RowView, _: Int) throws(TableAbort) in
            let label = parser.content(cells[0])
            let quantity = try parser.quantity(cells[1], table: id, row: label, column: "数量")
            let value = try parser.amount(cells[2], table: id, row: label, column: TableSchema.assetValue)
            // An empty 数量 or 价值 shares the thread's empty row (see ``EmptyAmountRows``).
            return LabeledRow(number: nil, label: label, amounts: value == nil ? parser.emptyAmounts(width: 1) : [value],
                              quantities: quantity == nil ? parser.emptyQuantity : [quantity],
                              source: SourceLocation(line: cells[0].line))
        }
        return AssetTable(header: header, rows: rows)
    }

    /// Text tables whose width is known from their first header cell (pipe layout).
    static let knownTextTableWidths: [String: Int] = ["单位名称": 4, "部门名称": 4]

    /// A small table of text cells inside the narrative (e.g. 单位机构设置情况).
    mutating func readTextTable() {
        let start = cursor.position
        var rows: [[String]] = []
        switch text.layout {
        case .tab:
            var row = RowCells()
            while true {
                switch cursor.nextRow(width: Int.max, multiline: true, stopAtTitles: true, into: &row) {
                case .end: break
                case .row, .wrongCount, .truncated:
                    rows.append(row.cells.map { content($0) })
                    continue
                }
                break
            }
        case .pipe:
            var cells: [String] = []
            while let cell = cursor.nextCell(skipMerged: true, multiline: false) { cells.append(content(cell)) }
            let width = cells.first.flatMap { Self.knownTextTableWidths[TitleMatcher.key($0)] } ?? max(cells.count, 1)
            var index = 0
            while index < cells.count {
                rows.append(Array(cells[index..<min(index + width, cells.count)]))
                index += width
            }
        }
        if !rows.isEmpty {
            blocks.append(NarrativeBlock(kind: .textTable, rows: rows, source: SourceLocation(line: start + 1)))
        }
        lastNoteTarget = nil
    }

    /// Reports header fields (unit code, name, year, currency) that differ between tables.
    mutating func checkHeadersAgree() {
        guard let (firstID, first) = headers.first else { return }
        budget.scope = first.scope
        budget.code = first.unitCode
        budget.name = first.unitName
        budget.year = headers.year
        budget.currency = headers.currency ?? "万元"
        for later in headers.differences {
            func differ(_ field: String, _ expected: String, _ found: String) {
                diagnostics.append(ReadDiagnostic(file: file, line: later.source.line, table: later.table,
                    problem: .headerDisagrees(field: field, expected: expected, found: found, firstTable: firstID)))
            }
            if let code = later.unitCode { differ("单位编码", first.unitCode, code) }
            if let name = later.unitName { differ("单位名称", first.unitName, name) }
            if let year = later.year, let expected = budget.year { differ("预算年度", String(expected), String(year)) }
            if let currency = later.currency { differ("金额单位", budget.currency, currency) }
        }
    }
}
