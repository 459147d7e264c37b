import HuizongModel

/// A budget's tab-layout text together with the places in it that the text of a related
/// budget can copy instead of printing them again (see
/// ``TextLayoutWriter/layout(_:sharingTailWith:procurementParts:)``).
///
/// A roll-up prints texts that overlap: a department's consolidated view (合并) differs
/// from its plain sum only in T1–T3, and the district's procurement table lists every
/// department's procurement rows again. Copying the bytes printed once gives the same
/// text at the cost of a copy.
public struct LayoutText: Sendable {
    /// The UTF-8 bytes, every line ended by `\n`.
    public let bytes: [UInt8]
    /// The budget printed.
    let budget: Budget
    /// Where the part after T3 begins: T4 … T9, the narrative and the tables it holds.
    let tailStart: Int
    /// True when the text ends with a blank line.
    let endsWithBlank: Bool
    /// The procurement table's rows as printed, and where each one's bytes begin followed
    /// by where the last one's end (both empty when no procurement table was printed).
    let procurementRows: [ProcurementRow]
    let procurementRowStarts: [Int]
}

/// What a text being printed may copy from texts printed before: their procurement rows.
struct ProcurementReuse {
    /// Texts whose procurement rows may come again, in the order they may come.
    let parts: [LayoutText]
    /// The part and the row in it that the next row to print is compared with.
    private var part = 0, row = 0

    init(parts: [LayoutText]) { self.parts = parts }

    /// True when there is nothing to copy from.
    var isEmpty: Bool { parts.isEmpty }

    /// The bytes of `row` if one of the parts printed an equal row at the place reached,
    /// moving past it; nil otherwise (the row is printed).
    ///
    /// The parts' rows are matched in order, their 合计 rows skipped (a sum lists its
    /// parts' 小计 and item rows, not their 合计 rows). Printing a row depends on the row
    /// only, so an equal row prints the same bytes.
    mutating func bytes(for printed: ProcurementRow) -> ArraySlice<UInt8>? {
        guard printed.kind != .total else { return nil }
        while part < parts.count {
            let rows = parts[part].procurementRows
            while row < rows.count && rows[row].kind == .total { row += 1 }
            guard row < rows.count else { part += 1; row = 0; continue }
            guard Self.isCopy(rows[row], of: printed) || rows[row] == printed else { return nil }
            let starts = parts[part].procurementRowStarts
            defer { row += 1 }
            return parts[part].bytes[starts[row]..<starts[row + 1]]
        }
        return nil
    }
}

extension ProcurementReuse {
    /// True when `row` is `printed` copied (a sum's rows are its parts' rows copied): every
    /// text the very same string value and the amounts the very same array (compared as
    /// bits, nothing read through them), the other fields equal. Then `row == printed`; false
    /// says nothing (equal rows may be stored apart), and `==` decides.
    @inline(__always)
    static func isCopy(_ row: ProcurementRow, of printed: ProcurementRow) -> Bool {
        sameValue(row.projectName, printed.projectName) && sameValue(row.itemName, printed.itemName)
            && sameValue(row.catalogCode, printed.catalogCode) && sameValue(row.measureUnit, printed.measureUnit)
            && unsafeBitCast(row.amounts, to: UInt.self) == unsafeBitCast(printed.amounts, to: UInt.self)
            && row.kind == printed.kind && row.projectBudget == printed.projectBudget && row.unitPrice == printed.unitPrice
            && row.smeShare == printed.smeShare && row.quantity == printed.quantity && row.source == printed.source
    }

    /// True when `a` and `b` are the very same string value (the two words compared as bits).
    @inline(__always)
    static func sameValue(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }
}

extension TextLayoutWriter {
    /// True when everything printed after T3 is the same for `a` and `b`: T4 … T9, the
    /// 绩效目标表, the procurement and asset tables, the narrative and the year (printed in
    /// the procurement header). Tables shared by the two budgets compare at once.
    static func sameTail(_ a: Budget, _ b: Budget) -> Bool {
        a.year == b.year && a.t4 == b.t4 && a.t5 == b.t5 && a.t6 == b.t6 && a.t7 == b.t7 && a.t8 == b.t8
            && a.t9 == b.t9 && a.procurement == b.procurement && a.assets == b.assets
            && a.performance == b.performance && a.narrative == b.narrative
    }
}
