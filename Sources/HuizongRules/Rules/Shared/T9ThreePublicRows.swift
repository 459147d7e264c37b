import HuizongModel

/// The nine fixed rows of T9 财政拨款“三公”经费支出表, found by label.
enum ThreePublicRow: Int, CaseIterable, Sendable {
    case total, subtotal, abroad, abroadTeaching, abroadOther, vehicles, vehiclePurchase, vehicleOperation, reception

    /// The label as the template prints it.
    var label: String {
        switch self {
        case .total: "合计"
        case .subtotal: "“三公”经费小计"
        case .abroad: "一、因公出国（境）费"
        case .abroadTeaching: "其中：教学科研人员因公出国（境）费"
        case .abroadOther: "其他因公出国（境）费"
        case .vehicles: "二、公务用车购置及运维费"
        case .vehiclePurchase: "其中：公务用车购置费"
        case .vehicleOperation: "公务用车运行维护费"
        case .reception: "三、公务接待费"
        }
    }

    /// Accepted spellings after ``ThreePublicRows/key(_:)`` normalisation.
    var keys: [String] {
        switch self {
        case .total: ["合计"]
        case .subtotal: ["三公经费小计", "小计", "三公经费合计"]
        case .abroad: ["因公出国（境）费", "因公出国（境）费用", "因公出国费"]
        case .abroadTeaching: ["教学科研人员因公出国（境）费", "教学科研人员因公出国（境）费用"]
        case .abroadOther: ["其他因公出国（境）费", "其他因公出国（境）费用"]
        case .vehicles: ["公务用车购置及运维费", "公务用车购置及运行维护费", "公务用车购置及运行费"]
        case .vehiclePurchase: ["公务用车购置费"]
        case .vehicleOperation: ["公务用车运行维护费", "公务用车运维费", "公务用车运行费"]
        case .reception: ["公务接待费"]
        }
    }
}

/// T9's rows found by ``ThreePublicRow``. A row printed at its template position with its
/// template label is found without allocating; otherwise labels are normalised and compared.
struct ThreePublicRows {
    /// The table.
    let table: TableRows<LabeledRow>

    init(_ table: TableRows<LabeledRow>) { self.table = table }
    init(_ table: ThreePublicTable) { self.init(TableRows(rows: table.rows)) }

    /// The row of `kind`, when printed.
    subscript(_ kind: ThreePublicRow) -> LabeledRow? { index(kind).map { table.rows[$0] } }

    /// The index of the row of `kind`, when printed.
    func index(_ kind: ThreePublicRow) -> Int? {
        let rows = table.rows
        if kind.rawValue < rows.count, StructureText.equal(rows[kind.rawValue].label, kind.label) { return kind.rawValue }
        for index in rows.indices where StructureText.equal(rows[index].label, kind.label) { return index }
        for index in rows.indices {
            if kind.keys.contains(ThreePublicRows.key(rows[index].label)) { return index }
        }
        return nil
    }

    /// The label without whitespace, quotes, `其中：` and a leading ordinal (`一、`), with ASCII
    /// parentheses made full-width.
    static func key(_ label: String) -> String {
        var key = label.removingWhitespace
        if key.hasPrefix("其中：") || key.hasPrefix("其中:") { key = String(key.dropFirst(3)) }
        if let mark = key.firstIndex(of: "、"), key.distance(from: key.startIndex, to: mark) <= 3 {
            key = String(key[key.index(after: mark)...])
        }
        var out = ""
        out.reserveCapacity(key.utf8.count)
        for character in key {
            switch character {
            case "“", "”", "\"", "‘", "’", "'": continue
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(character)
            }
        }
        return out
    }

    /// States `parent = Σ parts` in each of T9's four columns; records "not checked" when a
    /// row is missing.
    static func sum(_ parent: ThreePublicRow, _ parts: [ThreePublicRow], label: String, _ check: inout RuleCheck) {
        guard check.require(.t9), let t9 = check.subject.t9 else { return }
        let found = check.subject.threePublicRows
        guard let total = found[parent.rawValue] else { check.notChecked("T9 无“\(parent.label)”行"); return }
        for part in parts where found[part.rawValue] == nil { check.notChecked("T9 无“\(part.label)”行"); return }
        let rows = t9.rows
        for column in 0..<min(TableSchema.t9.count, rows[total].amounts.count) {
            // The sum in 分 (an overflow traps as `Amount`'s `+` does), made an `Amount` only
            // for a relation that does not hold.
            var sum: Int64 = 0
            for part in parts { if let value = rows[found[part.rawValue]!].amounts[column] { sum += value.fen } }
            // (`equal`'s own first test, before the closures' contexts are laid out.)
            if rows[total].amounts[column].orZero.fen - sum == 0 { check.evaluated += 1; continue }
            check.equal(rows[total].amounts[column], Amount(fen: sum), termCount: parts.count,
                        cell: { .threePublic(rows[total], column) },
                        expectedLabel: { label },
                        terms: { [RelationTerm(.threePublic(rows[total], column), 1)] + parts.map { RelationTerm(.threePublic(rows[found[$0.rawValue]!], column), -1) } })
        }
    }

    /// States T6 economic row `code` 合计 ≤ T9 row `kind` 一般公共预算财政拨款: the basic budget's
    /// spending on the item is part of the general-budget “三公” figure.
    static func coversT6(_ kind: ThreePublicRow, economic code: SubjectCode, _ check: inout RuleCheck) {
        guard check.require(.t6, .t9), let t6 = check.subject.t6, let t9 = check.subject.t9 else { return }
        // The row found by its code key (the codes themselves are not compared).
        guard let basic = ClassifiedChecks.rowIndex(t6.rows, keys: check.subject.codeKeys(.t6), key: code.numericKey, scheme: code.scheme) else { return }
        guard let row = check.subject.threePublicRows[kind.rawValue] else { check.notChecked("T9 无“\(kind.label)”行"); return }
        let general = 1
        let t6Rows = t6.rows, t9Rows = t9.rows
        check.atMost(t6Rows[basic].amounts[0], t9Rows[row].amounts[general].orZero, termCount: 1,
                     cell: { .classified(.t6, t6Rows[basic], 0) },
                     limitLabel: { CellRef.threePublic(t9Rows[row], general).display },
                     terms: { [RelationTerm(.classified(.t6, t6Rows[basic], 0), 1), RelationTerm(.threePublic(t9Rows[row], general), -1)] })
    }

    /// Appends economic row `code` to T6 with `amount` as 合计 and 公用经费 (for examples of the
    /// T9 ↔ T6 rules; the T6 hierarchy is not kept).
    static func addT6Row(_ budget: inout Budget, _ code: String, _ name: String, _ amount: String) {
        let value = Amount(amount)
        budget.t6?.rows.append(ClassifiedRow(number: nil, code: SubjectCode(economic: code), name: name,
                                             amounts: [value, nil, value]))
    }
}

extension CheckSubject {
    /// Where each ``ThreePublicRow`` is in T9 (by raw value; nil when not printed or T9 is
    /// missing), found once per unit for the T9 rules.
    var threePublicRows: [Int?] {
        if let found = threePublicRowCache { return found }
        let found: [Int?] = t9.map { t9 in ThreePublicRow.allCases.map { ThreePublicRows(t9).index($0) } }
            ?? Array(repeating: nil, count: ThreePublicRow.allCases.count)
        threePublicRowCache = found
        return found
    }
}
