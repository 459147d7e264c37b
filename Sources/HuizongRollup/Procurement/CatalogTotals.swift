import HuizongModel

/// The procurement items of a run of units summed by 政府采购目录序号: one
/// ``ProcurementSummary/ByCatalog`` per code, in the order the codes first appear.
///
/// The totals are the same as if each unit's items were first grouped by code (codes
/// compared as bytes, in the order they first appear in the unit) and those parts merged
/// one by one in unit order (codes compared as `String`s): a code's names are listed in
/// the order they first appear. No per-unit list is made: a unit's rows are grouped in a
/// scratch kept from one unit to the next.
struct CatalogTotals: Sendable {
    /// The totals, in the order their codes first appear.
    private(set) var totals: [ProcurementSummary.ByCatalog] = []
    /// Where each code's total is in `totals`.
    private var position: [String: Int] = [:]
    /// Scratch of one unit: its distinct codes (as bytes), in order of appearance ...
    private var unitCodes: [String] = []
    /// ... and each of its rows' index in `unitCodes` (-1 for rows that are not items).
    private var rowPart: [Int] = []
    /// The previous unit's codes and their indices in `totals`: consecutive units mostly
    /// share codes, so a code is first looked for among these (compared as `String`s, as
    /// `position` compares them, so the index is the one `position` holds) before it is hashed.
    private var recentCodes: [String] = []
    private var recentAt: [Int] = []
    /// The current unit's codes' indices in `totals`, by part (the next unit's `recentAt`).
    private var unitAt: [Int] = []

    /// Counts in one unit's items, part by part (a part: the unit's items of one code, in
    /// row order; parts in the order their codes first appear). Rows are read in place.
    mutating func add(_ rows: [ProcurementRow]) {
        unitCodes.removeAll(keepingCapacity: true)
        rowPart.removeAll(keepingCapacity: true)
        for index in rows.indices {
            guard rows[index].kind == .item else { rowPart.append(-1); continue }
            // Compared in place, the same value's bits first (a code held inline, or the
            // reader's shared string, is then not read byte by byte).
            if let known = unitCodes.firstIndex(where: { ProcurementSummary.sameText($0, rows[index].catalogCode) }) {
                rowPart.append(known)
            } else {
                rowPart.append(unitCodes.count)
                unitCodes.append(rows[index].catalogCode)
            }
        }
        unitAt.removeAll(keepingCapacity: true)
        for part in unitCodes.indices {
            var at = -1
            for recent in recentCodes.indices where recentCodes[recent] == unitCodes[part] {
                at = recentAt[recent]
                break
            }
            if at < 0 { at = total(for: unitCodes[part]) }
            unitAt.append(at)
            for index in rows.indices where rowPart[index] == part {
                totals[at].add(itemName: rows[index].itemName, quantity: rows[index].quantity, amount: rows[index].amounts[0])
            }
        }
        swap(&recentCodes, &unitCodes)
        swap(&recentAt, &unitAt)
    }

    /// Counts in the totals of the run that follows this one: its totals merged in their order.
    mutating func merge(_ next: CatalogTotals) {
        for part in next.totals {
            if let at = position[part.catalogCode] {
                totals[at].merge(part)
            } else {
                position[part.catalogCode] = totals.count
                totals.append(part)
            }
        }
    }

    /// The index in `totals` of `code`'s total, an empty one appended when the code is new.
    private mutating func total(for code: String) -> Int {
        if let at = position[code] { return at }
        position[code] = totals.count
        totals.append(ProcurementSummary.ByCatalog(catalogCode: code, itemNames: [], itemCount: 0, quantity: nil, amount: .zero))
        return totals.count - 1
    }
}
