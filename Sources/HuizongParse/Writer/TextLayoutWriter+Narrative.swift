import HuizongModel

/// The narrative 情况说明 and the tables printed inside it (绩效目标表, 政府采购预算,
/// 固定资产占用情况表).
extension TextLayoutWriter {
    /// The narrative's title and blocks in order, each embedded table at its block; then
    /// whatever G, P, A tables no block placed, in that order.
    /// Procurement rows equal to rows printed before are copied from `reuse`; where the
    /// procurement table's rows begin is kept in `rowStarts`.
    static func narrativeAndAttachedTables(_ budget: Budget, reuse: inout ProcurementReuse, rowStarts: inout [Int],
                                           into out: inout LayoutBuffer) {
        var printedPerformance = Set<Int>()
        var printedProcurement = false
        var printedAssets = false
        if let narrative = budget.narrative {
            out.line(narrative.title)
            let blocks = narrative.blocks
            for (position, block) in blocks.enumerated() {
                let nextIsSpacer = position + 1 < blocks.count && isSpacer(blocks[position + 1])
                switch block.kind {
                case .paragraph:
                    out.line(block.text)
                case .textTable:
                    for row in block.rows { out.row(row) }
                    out.blank()
                case .performanceTable:
                    guard let index = block.index, budget.performance.indices.contains(index) else { continue }
                    performance(budget.performance[index], into: &out)
                    printedPerformance.insert(index)
                case .procurementTable:
                    guard let table = budget.procurement else { continue }
                    procurement(table, year: budget.year, spacer: !nextIsSpacer, reuse: &reuse, rowStarts: &rowStarts, into: &out)
                    printedProcurement = true
                case .assetTable:
                    guard let table = budget.assets else { continue }
                    assets(table, spacer: !nextIsSpacer, into: &out)
                    printedAssets = true
                }
            }
        }
        for (index, table) in budget.performance.enumerated() where !printedPerformance.contains(index) {
            performance(table, into: &out)
        }
        if !printedProcurement, let table = budget.procurement {
            procurement(table, year: budget.year, spacer: true, reuse: &reuse, rowStarts: &rowStarts, into: &out)
        }
        if !printedAssets, let table = budget.assets {
            assets(table, spacer: true, into: &out)
        }
    }

    /// A paragraph holding only whitespace: the seed prints a line of one space after
    /// the procurement and asset tables; when the model kept it as a paragraph, the
    /// table does not print its own.
    static func isSpacer(_ block: NarrativeBlock) -> Bool {
        block.kind == .paragraph && block.text.trimmingAllWhitespace.isEmpty
    }

    // MARK: - G 绩效目标表

    /// One 绩效目标表 in the seed's layout. Empty amounts print as a cell holding one
    /// space, as the seed prints them (`其他资金`, unplanned quarters).
    static func performance(_ table: PerformanceTable, into out: inout LayoutBuffer) {
        typealias Label = ColumnHeaders.Performance
        func amount(_ value: Amount?) -> String { value?.text() ?? " " }
        if !out.endsWithBlank { out.blank() }
        out.line(table.title)
        if !table.currency.isEmpty { out.cell("单位：\(table.currency)") }
        out.blank()
        out.row([Label.projectCode, table.projectCode, Label.projectName, table.projectName])
        out.row([Label.scale, Label.budget, amount(table.budget), Label.fiscal, amount(table.fiscalFunds),
                 Label.other, amount(table.otherFunds)])
        out.row(["", table.purpose])
        out.row([Label.plan] + PerformanceTable.planLabels)
        let quarters = max(PerformanceTable.planLabels.count, table.plan.count)
        out.row([""] + (0..<quarters).map { $0 < table.plan.count ? amount(table.plan[$0]) : " " })
        out.row([Label.goal, table.goal])
        out.blank()
        out.line(" ")
        out.row(Label.indicators)
        for indicator in table.indicators {
            out.row([indicator.level1, indicator.level2, indicator.level3, indicator.description,
                     indicator.value, indicator.basis])
        }
        out.blank(2)
    }

    // MARK: - P 政府采购预算

    /// The procurement table: title, unit line and 单位, the two header rows, a row per
    /// 合计 / 小计 / item (15 cells), then the note. A row equal to one printed before is
    /// copied from `reuse`; where each row begins (then where the last ends) is kept in
    /// `rowStarts` when the table is the first printed.
    static func procurement(_ table: ProcurementTable, year: Int?, spacer: Bool, reuse: inout ProcurementReuse,
                            rowStarts: inout [Int], into out: inout LayoutBuffer) {
        out.line(table.header.scope.rawValue + TableID.procurement.titleStem)
        headerCells(table.header, into: &out)
        out.blank()
        for row in ColumnHeaders.procurement(year: table.header.budgetYear ?? year) { out.row(row) }
        let amountCount = TableSchema.procurementAmounts.count
        // Written cell by cell, rows read in place: a district prints every unit's items,
        // and a `[String]` (or a copy of the row) per row was most of the cost of writing it.
        let rows = table.rows
        let recording = rowStarts.isEmpty
        if recording { rowStarts.reserveCapacity(rows.count + 1) }
        for index in rows.indices {
            if recording { rowStarts.append(out.byteCount) }
            if !reuse.isEmpty, let printed = reuse.bytes(for: rows[index]) {
                out.append(printed, endsWithBlank: true)
                continue
            }
            // The row's cells (then the blank line ending it) written into room made for
            // them all at once: one room test and one uniqueness check of the buffer a row.
            let total = rows[index].kind == .total && rows[index].projectName.removingWhitespace == "合计"
            let wholeQuantity = LayoutBuffer.isWholeQuantity(rows[index].quantity)
            let quantityText = wholeQuantity ? "" : CellText.quantity(rows[index].quantity)
            let amountCells = max(amountCount, rows[index].amounts.count)
            let room = (total ? LayoutBuffer.cellRoom(totalLabel) : LayoutBuffer.cellRoom(rows[index].projectName))
                &+ LayoutBuffer.cellRoom(rows[index].itemName) &+ LayoutBuffer.cellRoom(rows[index].catalogCode)
                &+ LayoutBuffer.cellRoom(rows[index].measureUnit)
                &+ (wholeQuantity ? LayoutBuffer.wholeQuantityRoom : LayoutBuffer.cellRoom(quantityText))
                &+ (amountCells &+ 3) &* LayoutBuffer.amountCellRoom &+ 1
            out.write(room: room, endsWithBlank: true) { start in
                var at = start
                at += total ? LayoutBuffer.putCell(totalLabel, at: at) : LayoutBuffer.putCell(rows[index].projectName, at: at)
                at += LayoutBuffer.putAmountCell(rows[index].projectBudget, at: at)
                at += LayoutBuffer.putCell(rows[index].itemName, at: at)
                at += LayoutBuffer.putCell(rows[index].catalogCode, at: at)
                at += LayoutBuffer.putCell(rows[index].measureUnit, at: at)
                if wholeQuantity, let quantity = rows[index].quantity {
                    at += LayoutBuffer.putWholeQuantityCell(quantity, at: at)
                } else {
                    at += LayoutBuffer.putCell(quantityText, at: at)
                }
                at += LayoutBuffer.putAmountCell(rows[index].unitPrice, at: at)
                // By index: iterating the array would copy (retain) it.
                for column in rows[index].amounts.indices { at += LayoutBuffer.putAmountCell(rows[index].amounts[column], at: at) }
                for _ in rows[index].amounts.count..<amountCells { at += LayoutBuffer.putAmountCell(nil, at: at) }
                at += LayoutBuffer.putAmountCell(rows[index].smeShare, at: at)
                at.pointee = 0x0A
                return at + 1 - start
            }
        }
        if recording { rowStarts.append(out.byteCount) }
        out.blank()
        if let note = table.note { out.line(note) }
        if spacer { out.line(" ") }
        out.blank(2)
    }

    /// How the procurement table's 合计 row prints its name.
    static let totalLabel = "合  计"

    // MARK: - A 固定资产占用情况表

    /// The asset table: title, unit line and 截止时间, the header row, then a row per
    /// label with 数量 (`quantities[0]`) and 价值 (`amounts[0]`).
    static func assets(_ table: AssetTable, spacer: Bool, into out: inout LayoutBuffer) {
        out.line(table.header.scope.rawValue + TableID.assets.titleStem)
        headerCells(table.header, into: &out)
        out.blank()
        out.row(ColumnHeaders.assets)
        for row in table.rows {
            out.row([assetLabel(row.label), CellText.quantity(row.quantities.first ?? nil),
                     CellText.amount(row.amounts.first ?? nil)])
        }
        out.blank()
        if spacer { out.line(" ") }
    }

    /// The seed indents `其中：办公用房（平方米）` with two full-width spaces; a label
    /// stored without them gets them back.
    static func assetLabel(_ label: String) -> String {
        label.hasPrefix("其中") ? "\u{3000}\u{3000}" + label : label
    }
}
