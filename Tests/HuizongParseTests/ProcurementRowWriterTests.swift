import Testing
import HuizongTestSupport
import HuizongModel
@testable import HuizongParse

/// The procurement table's rows are written into room made for a whole row at once
/// (`LayoutBuffer.write(room:endsWithBlank:_:)`): the bytes must be those of the cell-by-cell
/// writer (`cell`, `amountCell`, `quantityCell`, `amountCells`, `endRow`) for every kind
/// of cell: the 合计 row's label, long and short texts, empty texts, whole, fractional,
/// negative and missing quantities, amounts on and off the 0.01 grid, fewer, exactly and
/// more than seven fund amounts.
@Suite struct ProcurementRowWriterTests {
    static let texts = ["", "a", "办公设备购置", "A02010105", "台", String(repeating: "政府采购项目", count: 40), "a\u{0}b", "行一\n行二"]
    static let amounts: [Amount?] = [nil, Amount(fen: 0), Amount(fen: 7_600), Amount(fen: -12_345_600), Amount(fen: 1),
                                     Amount(fen: 98_765_432_100), Amount(fen: Int64.max / 2)]
    static let quantities: [Quantity?] = [nil, Quantity(0), Quantity(12), Quantity(1_234_567_890_123),
                                          Quantity(-3), Quantity(tenThousandths: 12_345, decimals: 2),
                                          Quantity(tenThousandths: 5_000, decimals: 1)]

    static func rows(_ generator: inout SeededRandom) -> [ProcurementRow] {
        var rows = [ProcurementRow(kind: .total, projectName: "合 计", amounts: [Amount(fen: 1_000_000)])]
        rows.append(ProcurementRow(kind: .total, projectName: "总计", amounts: []))
        for _ in 0..<400 {
            let kinds: [ProcurementRow.Kind] = [.item, .item, .item, .subtotal, .total]
            var amounts: [Amount?] = []
            for _ in 0..<generator.next(10) { amounts.append(Self.amounts[generator.next(Self.amounts.count)]) }
            rows.append(ProcurementRow(
                kind: kinds[generator.next(kinds.count)], projectName: texts[generator.next(texts.count)],
                projectBudget: Self.amounts[generator.next(Self.amounts.count)], itemName: texts[generator.next(texts.count)],
                catalogCode: texts[generator.next(texts.count)], measureUnit: texts[generator.next(texts.count)],
                quantity: quantities[generator.next(quantities.count)], unitPrice: Self.amounts[generator.next(Self.amounts.count)],
                amounts: amounts, smeShare: Self.amounts[generator.next(Self.amounts.count)]))
        }
        return rows
    }

    /// The table as the cell-by-cell writer printed it.
    static func reference(_ table: ProcurementTable, year: Int?) -> [UInt8] {
        var out = LayoutBuffer(capacity: 0)
        out.line(table.header.scope.rawValue + TableID.procurement.titleStem)
        TextLayoutWriter.headerCells(table.header, into: &out)
        out.blank()
        for row in ColumnHeaders.procurement(year: table.header.budgetYear ?? year) { out.row(row) }
        for row in table.rows {
            if row.kind == .total && row.projectName.removingWhitespace == "合计" { out.cell("合  计") } else { out.cell(row.projectName) }
            out.amountCell(row.projectBudget)
            out.cell(row.itemName)
            out.cell(row.catalogCode)
            out.cell(row.measureUnit)
            out.quantityCell(row.quantity)
            out.amountCell(row.unitPrice)
            out.amountCells(row.amounts, padTo: TableSchema.procurementAmounts.count)
            out.amountCell(row.smeShare)
            out.endRow()
        }
        out.blank()
        if let note = table.note { out.line(note) }
        out.blank(2)
        return out.finish()
    }

    @Test func rowsAsCellByCell() {
        var generator = SeededRandom(seed: 7)
        let header = TableHeader(scope: .unit, unitCode: "301001", unitName: "单位", budgetYear: 2025, currency: "万元")
        for round in 0..<5 {
            let table = ProcurementTable(header: header, rows: Self.rows(&generator), note: round == 0 ? nil : "注：无")
            var out = LayoutBuffer(capacity: 0)
            var reuse = ProcurementReuse(parts: [])
            var starts: [Int] = []
            TextLayoutWriter.procurement(table, year: 2025, spacer: false, reuse: &reuse, rowStarts: &starts, into: &out)
            #expect(out.finish() == Self.reference(table, year: 2025))
            #expect(starts.count == table.rows.count + 1)
        }
    }
}


/// ProcurementReuse.isCopy: a row copied from another is told at once; a row equal but
/// stored apart is not a copy (then `==` decides), and a row differing in any field is
/// neither a copy nor equal.
@Suite struct ProcurementReuseCopyTests {
    static func row(_ name: String) -> ProcurementRow {
        ProcurementRow(kind: .item, projectName: name, projectBudget: Amount(fen: 76_000), itemName: "鼓粉盒（养老保险各险种经办业务费）",
                       catalogCode: "A0201010599", measureUnit: "个", quantity: Quantity(4), unitPrice: Amount(fen: 10_000),
                       amounts: [Amount(fen: 40_000), nil, Amount(fen: 40_000)], smeShare: Amount(fen: 3_000))
    }

    @Test func copiesEqualsAndOthers() {
        let printed = Self.row("养老保险各险种经办业务费项目")
        let copy = printed
        #expect(ProcurementReuse.isCopy(copy, of: printed))
        // Equal texts and amounts in storage of their own.
        var apart = Self.row(String(decoding: Array("养老保险各险种经办业务费项目".utf8), as: UTF8.self))
        apart.itemName = String(decoding: Array(printed.itemName.utf8), as: UTF8.self)
        apart.amounts = Array(printed.amounts)
        apart.amounts.reserveCapacity(8)
        #expect(!ProcurementReuse.isCopy(apart, of: printed))
        #expect(apart == printed)
        // A copy with one field changed.
        var changes: [(inout ProcurementRow) -> Void] = [
            { $0.kind = .subtotal }, { $0.projectBudget = nil }, { $0.unitPrice = Amount(fen: 10_001) },
            { $0.smeShare = nil }, { $0.quantity = Quantity(5) }, { $0.amounts[1] = .zero },
            { $0.measureUnit = "台" }, { $0.catalogCode = "" },
        ]
        changes.append { $0.projectName += "二" }
        for change in changes {
            var other = printed
            change(&other)
            #expect(!ProcurementReuse.isCopy(other, of: printed))
            #expect(other != printed)
        }
    }

    /// The district's table reuses the bytes of its parts' rows, copies or equal rows alike.
    @Test func reusedBytesAreTheRowsBytes() {
        let header = TableHeader(scope: .unit, unitCode: "301", unitName: "部门", budgetYear: 2025, currency: "万元")
        let partRows = [ProcurementRow(kind: .total, projectName: "合计", amounts: [Amount(fen: 80_000)]),
                        ProcurementRow(kind: .subtotal, projectName: "单位小计", amounts: [Amount(fen: 80_000)]),
                        Self.row("公用经费一"), Self.row("公用经费二")]
        var budget = Budget(scope: .department, code: "301", name: "部门", year: 2025)
        budget.procurement = ProcurementTable(header: header, rows: partRows)
        let part = TextLayoutWriter.layout(budget)
        var district = Budget(scope: .department, code: "000", name: "全区", year: 2025)
        var rows = partRows
        rows[3] = Self.row(String(decoding: Array("公用经费二".utf8), as: UTF8.self)) // equal, stored apart
        district.procurement = ProcurementTable(header: header, rows: rows)
        #expect(TextLayoutWriter.layout(district, procurementParts: [part]).bytes == TextLayoutWriter.layout(district).bytes)
    }
}
