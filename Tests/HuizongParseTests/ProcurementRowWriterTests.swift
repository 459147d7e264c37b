import Testing
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

    static func rows(_ generator: inout SplitMix64) -> [ProcurementRow] {
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
        var generator = SplitMix64(seed: 7)
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

/// A small seeded generator (SplitMix64), so the random rows are the same in every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
