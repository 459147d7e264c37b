import HuizongModel

/// Prints a ``Budget`` in the tab layout of the published text extraction (the seed's
/// layout): each table's title line, its header cells, its column-header rows, then its
/// data rows — one cell per line starting with a TAB, an empty cell a line holding only
/// a TAB, a blank line after each row — and then the narrative 情况说明 with the
/// 绩效目标表, the procurement table and the asset table at their places.
///
/// Reading the output with the reader gives a budget equal to the one written
/// (equality ignores source locations). Amounts print with two decimals
/// (`Amount.text()`); an empty amount prints as an empty cell, never as `0.00`.
public enum TextLayoutWriter {
    /// The tab-layout text of `budget`, every line ended by `\n`.
    ///
    /// Tables print in document order T1…T9, then the narrative. A 绩效目标表, the
    /// procurement table or the asset table that the narrative has no block for (a
    /// consolidated budget built by code, or a budget without narrative) prints after the
    /// narrative, in the order G, P, A.
    public static func write(_ budget: Budget) -> String {
        String(decoding: utf8(budget), as: UTF8.self)
    }

    /// ``write(_:)`` as UTF-8 bytes, for files and snapshots: no `String` is made (and
    /// validated) only to be turned back into bytes.
    public static func utf8(_ budget: Budget) -> [UInt8] {
        layout(budget).bytes
    }

    /// ``utf8(_:)`` of `budget`, copying what texts printed before print the same:
    /// everything after T3 from `earlier` when that part of the two budgets is equal (a
    /// department's consolidated view after its plain sum), and procurement rows equal to
    /// rows of `procurementParts`, matched in order (a district after its departments).
    /// The bytes are those ``utf8(_:)`` gives.
    public static func layout(_ budget: Budget, sharingTailWith earlier: LayoutText? = nil,
                              procurementParts: [LayoutText] = []) -> LayoutText {
        var out = LayoutBuffer(capacity: expectedSize(budget, sharingTailWith: earlier))
        if let table = budget.t1 { balance(table, .t1, into: &out) }
        if let table = budget.t2 { classified(table, .t2, into: &out) }
        if let table = budget.t3 { classified(table, .t3, into: &out) }
        let tailStart = out.byteCount
        var procurementRowStarts: [Int] = []
        var procurementRows: [ProcurementRow] = []
        if let earlier, sameTail(budget, earlier.budget) {
            out.append(earlier.bytes[earlier.tailStart...], endsWithBlank: earlier.endsWithBlank)
            procurementRows = earlier.procurementRows
            procurementRowStarts = earlier.procurementRowStarts.map { $0 - earlier.tailStart + tailStart }
        } else {
            if let table = budget.t4 { balance(table, .t4, into: &out) }
            for id in [TableID.t5, .t6, .t7, .t8] {
                if let table = budget.classified(id) { classified(table, id, into: &out) }
            }
            if let table = budget.t9 { threePublic(table, into: &out) }
            var reuse = ProcurementReuse(parts: procurementParts)
            narrativeAndAttachedTables(budget, reuse: &reuse, rowStarts: &procurementRowStarts, into: &out)
            if !procurementRowStarts.isEmpty { procurementRows = budget.procurement?.rows ?? [] }
        }
        let endsWithBlank = out.endsWithBlank
        return LayoutText(bytes: out.finish(), budget: budget, tailStart: tailStart, endsWithBlank: endsWithBlank,
                          procurementRows: procurementRows, procurementRowStarts: procurementRowStarts)
    }

    /// About the size of `budget`'s text, so that a department's or a district's text,
    /// which grows with its procurement rows (about 90 bytes each), is written into room
    /// made once instead of doubled from 40 KB (each doubling copies what is written and
    /// touches fresh pages): the earlier text's size when the tail is shared, else 40 KB
    /// and 100 bytes per procurement row.
    static func expectedSize(_ budget: Budget, sharingTailWith earlier: LayoutText?) -> Int {
        if let earlier { return earlier.bytes.count + 4_096 }
        return 40_000 + 100 * (budget.procurement?.rows.count ?? 0)
    }

    // MARK: - Shared pieces

    /// `单位预算收支总表` / `部门预算收支总表`.
    static func title(_ id: TableID, _ header: TableHeader) -> String {
        header.scope.rawValue + "预算" + id.titleStem
    }

    /// The header cells present in `header`: the unit line, 预算年度, 单位, 截止时间.
    static func headerCells(_ header: TableHeader, into out: inout LayoutBuffer) {
        out.cell(header.unitCode + header.unitName)
        if let year = header.budgetYear { out.cell("预算年度：\(year)") }
        if let currency = header.currency { out.cell("单位：\(currency)") }
        if let asOf = header.asOf { out.cell("截止时间：\(asOf)") }
    }

    /// Title, header cells, the blank line after them, and the column-header rows.
    static func opening(_ id: TableID, _ header: TableHeader, into out: inout LayoutBuffer) {
        out.line(title(id, header))
        headerCells(header, into: &out)
        out.blank()
        for row in ColumnHeaders.rows(of: id) { out.row(row) }
    }

    /// What follows a table's last row: its note after one blank line, or two blank lines.
    static func closing(note: String?, into out: inout LayoutBuffer) {
        if let note {
            out.blank()
            out.line(note)
        } else {
            out.blank(2)
        }
    }

    // MARK: - T1, T4

    /// T1 or T4: 序号, 收入项目, income amounts, 支出项目, expenditure amounts.
    static func balance(_ table: BalanceTable, _ id: TableID, into out: inout LayoutBuffer) {
        opening(id, table.header, into: &out)
        let incomeCount = id == .t1 ? TableSchema.t1Income.count : TableSchema.t4Income.count
        let expenditureCount = id == .t1 ? TableSchema.t1Expenditure.count : TableSchema.t4Expenditure.count
        for line in table.lines {
            out.cell(String(line.number))
            out.cell(line.incomeItem)
            out.amountCells(line.income, padTo: incomeCount)
            out.cell(line.expenditureItem)
            out.amountCells(line.expenditure, padTo: expenditureCount)
            out.endRow()
        }
        closing(note: nil, into: &out)
    }

    // MARK: - T2, T3, T5…T8

    /// A classified table: 序号, 科目编码, 科目名称, the amount columns. A table without
    /// rows prints one row of empty cells (then its 空表列示 note).
    static func classified(_ table: ClassifiedTable, _ id: TableID, into out: inout LayoutBuffer) {
        opening(id, table.header, into: &out)
        let columnCount = TableSchema.columns(of: id).count
        if table.rows.isEmpty {
            out.row(Array(repeating: "", count: 3 + columnCount))
        }
        for row in table.rows {
            out.cell(row.number.map(String.init) ?? "")
            out.cell(row.code?.digits ?? "")
            out.cell(row.name)
            out.amountCells(row.amounts, padTo: columnCount)
            out.endRow()
        }
        closing(note: table.note, into: &out)
    }

    // MARK: - T9

    /// T9: 序号, 项目 (其中 rows indented as printed), the four amount columns.
    static func threePublic(_ table: ThreePublicTable, into out: inout LayoutBuffer) {
        opening(.t9, table.header, into: &out)
        var nested = false
        for row in table.rows {
            out.cell(row.number.map(String.init) ?? "")
            out.cell(indentedT9Label(row.label, nested: &nested))
            out.amountCells(row.amounts, padTo: TableSchema.t9.count)
            out.endRow()
        }
        closing(note: nil, into: &out)
    }

    /// The seed indents a `其中：` row by four spaces and the rows after it in the same
    /// group (`其他因公出国（境）费`, `公务用车运行维护费`) by ten. A label that already
    /// starts with whitespace prints as stored.
    static func indentedT9Label(_ label: String, nested: inout Bool) -> String {
        if let first = label.unicodeScalars.first, first.properties.isWhitespace { return label }
        if label.hasPrefix("其中") {
            nested = true
            return String(repeating: " ", count: 4) + label
        }
        let bare = label.removingWhitespace
        if nested && !hasOrdinalPrefix(bare) && bare != "合计" && !bare.hasSuffix("小计") && !bare.isEmpty {
            return String(repeating: " ", count: 10) + label
        }
        nested = false
        return label
    }

    /// True for `一、…`, `二十、…`: a Chinese ordinal followed by `、`.
    static func hasOrdinalPrefix(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: "、"), comma != text.startIndex else { return false }
        return text[..<comma].allSatisfy { "一二三四五六七八九十百".contains($0) }
    }
}
