import HuizongModel

/// Lookups and relations shared by the T1–T4 rules (收支总表, 收入总表, 支出总表,
/// 财政拨款收支总表). Lines are found by their printed labels, never by position.
enum T1T4 {
    /// One amount cell of T1 or T4: a line (by its index in the table's lines), its side
    /// (income / expenditure) and column. Holds no copy of the line: its value and name
    /// are read from the ``CheckSubject`` in place.
    struct Cell {
        var table: TableID
        var index: Int
        var isIncome: Bool
        var column: Int

        /// Income column `column` of line `index`.
        static func income(_ table: TableID, _ index: Int, _ column: Int = 0) -> Cell {
            Cell(table: table, index: index, isIncome: true, column: column)
        }

        /// Expenditure column `column` of line `index`.
        static func spend(_ table: TableID, _ index: Int, _ column: Int = 0) -> Cell {
            Cell(table: table, index: index, isIncome: false, column: column)
        }
    }

    /// The three fund columns (1…3) of one T4 expenditure line, as cells: a collection
    /// that needs no closure (and so no allocation) to build them.
    struct FundCells: RandomAccessCollection {
        var line: Int
        var startIndex: Int { 0 }
        var endIndex: Int { Fund.stateCapital.rawValue }
        subscript(position: Int) -> Cell { .spend(.t4, line, position + Fund.general.rawValue) }
    }

    /// Two cells, as a collection kept on the stack (an array literal of two cells is
    /// allocated and freed on every call).
    struct CellPair: RandomAccessCollection {
        var first: Cell, second: Cell
        init(_ first: Cell, _ second: Cell) { self.first = first; self.second = second }
        var startIndex: Int { 0 }
        var endIndex: Int { 2 }
        subscript(position: Int) -> Cell {
            precondition(position == 0 || position == 1, "a pair has two cells")
            return position == 0 ? first : second
        }
    }

    /// Three cells, as a collection kept on the stack (as ``CellPair``: a list built by
    /// appending three cells allocated its storage up to three times).
    struct CellTriple: RandomAccessCollection {
        var first: Cell, second: Cell, third: Cell
        init(_ first: Cell, _ second: Cell, _ third: Cell) { self.first = first; self.second = second; self.third = third }
        var startIndex: Int { 0 }
        var endIndex: Int { 3 }
        subscript(position: Int) -> Cell {
            precondition(position >= 0 && position < 3, "a triple has three cells")
            return position == 0 ? first : position == 1 ? second : third
        }
    }

    /// The cells of `lines` (indices into one table's lines), all on one side and in one
    /// column: a collection that needs no closure (`lines.lazy.map` allocates one that
    /// captures the column).
    struct LineCells: RandomAccessCollection {
        var table: TableID
        var lines: [Int]
        var isIncome: Bool
        var column: Int
        var startIndex: Int { 0 }
        var endIndex: Int { lines.count }
        subscript(position: Int) -> Cell { Cell(table: table, index: lines[position], isIncome: isIncome, column: column) }
    }

    /// The three fiscal funds: T4 expenditure columns 1…3, T4 income lines 一…三 and
    /// 年初结转 lines 34–36, T1 income items 一…三.
    enum Fund: Int, CaseIterable, Sendable {
        case general = 1, government, stateCapital

        /// The words every label of the fund contains.
        var keyword: String {
            switch self {
            case .general: "一般公共预算"
            case .government: "政府性基金"
            case .stateCapital: "国有资本经营"
            }
        }
    }

    /// T1 item 四 (财政专户管理资金收入) and item 五 (单位资金).
    static let specialAccountKeyword = "财政专户"
    static let unitFundsKeyword = "单位资金"

    /// The expenditure category of `lines` (found by `index`) for the same category as the
    /// line numbered `number` labelled `item` in the other table (matched by name without
    /// its ordinal; the line with the same 序号 is tried first).
    /// `numberedInOrder` says `lines` are numbered 1, 2, 3… (``numberedInOrder(_:)``): the
    /// line numbered `number` is then found without a scan.
    @inline(__always)
    static func sameCategory(_ lines: [BalanceLine], _ index: BalanceLineIndex, numberedInOrder: Bool,
                             number: Int, item: String) -> Int? {
        let numbered = numberedInOrder ? (number >= 1 && number <= lines.count ? number - 1 : nil)
            : lines.indices.first(where: { lines[$0].number == number })
        // The reader shares a repeated label's text: usually the very same string.
        if let at = numbered, StructureText.identical(lines[at].expenditureItem, item) || LabelBytes.equal(lines[at].expenditureItem, item) { return at }
        return index.category(named: item, in: lines)
    }

    /// True when line `k` of `lines` is numbered `k + 1` throughout (as printed tables are).
    static func numberedInOrder(_ lines: [BalanceLine]) -> Bool {
        lines.indices.allSatisfy { lines[$0].number == $0 + 1 }
    }

    /// Calls `body` with each expenditure category of table `id` (`lines`, found by `index`)
    /// and the line of the same category in the other table (`other`, `otherIndex`: T4 when
    /// `id` is T1, T1 when it is T4), both as line positions. A category the other table lacks is a finding when it holds a
    /// non-zero amount, its message ending in `missing(label)`.
    static func forEachCategoryPair(_ check: inout RuleCheck, _ id: TableID, _ lines: [BalanceLine], _ index: BalanceLineIndex,
                                    in other: [BalanceLine], _ otherIndex: BalanceLineIndex, missing: (String) -> String,
                                    _ body: (inout RuleCheck, _ line: Int, _ match: Int) -> Void) {
        let otherNumberedInOrder = id == .t1 ? check.subject.t4NumberedInOrder : check.subject.t1NumberedInOrder
        for line in index.categories {
            guard let match = sameCategory(other, otherIndex, numberedInOrder: otherNumberedInOrder,
                                           number: lines[line].number, item: lines[line].expenditureItem) else {
                guard let value = lines[line].expenditure[0], value != .zero else { continue }
                let cell = CellRef.expenditure(id, lines[line])
                check.fail(cell, message: "\(cell.display) \(value.text())：\(missing(lines[line].expenditureItem))")
                continue
            }
            body(&check, line, match)
        }
    }

    /// States `total = Σ parts` (empty counts as zero); `label` names the sum.
    ///
    /// Inlined where it is called, so that the loop is specialised for the caller's cells
    /// (their table, side and column are then known once, not tested cell by cell); a
    /// relation that does not hold is recorded out of line.
    @inline(__always)
    static func sum(_ check: inout RuleCheck, _ total: Cell, _ parts: some Collection<Cell>,
                    label: @autoclosure () -> String) {
        // The subject read through the check: no reference of its own to count. The sum is
        // kept in 分 (an overflow traps as `Amount`'s `+` does) and made an `Amount` only
        // when the relation does not hold (``RuleCheck``'s `equal`, whose first test this is).
        var expected: Int64 = 0
        for part in parts { if let value = check.subject.value(part) { expected += value.fen } }
        let actual = check.subject.value(total)
        if actual.orZero.fen == expected { check.evaluated += 1; return }
        recordSum(&check, total, parts, actual, expected, label: label())
    }

    /// ``sum(_:_:_:label:)`` once `actual` differs from the sum `expected` (in 分): records
    /// the finding.
    @inline(never)
    static func recordSum(_ check: inout RuleCheck, _ total: Cell, _ parts: some Collection<Cell>,
                          _ actual: Amount?, _ expected: Int64, label: @autoclosure () -> String) {
        check.equal(actual, Amount(fen: expected), termCount: parts.count,
                    cell: { $0.ref(total) }, expectedLabel: { _ in label() },
                    terms: { subject in [RelationTerm(subject.ref(total), 1)] + parts.map { RelationTerm(subject.ref($0), -1) } })
    }

    /// States `cell = other` (one figure restated elsewhere); `label` names `other`.
    /// (Inlined as ``sum(_:_:_:label:)`` is.)
    @inline(__always)
    static func same(_ check: inout RuleCheck, _ cell: Cell, _ other: Cell, label: @autoclosure () -> String) {
        sum(&check, cell, CollectionOfOne(other), label: label())
    }

    /// States that column `column` of the 合计 row of classified table `id` equals Σ `parts`
    /// (T1/T4 cells); records "not checked" when the table prints no 合计 row.
    static func totalRow(_ check: inout RuleCheck, _ id: TableID, _ column: Int, equals parts: some Collection<Cell>,
                         label: @autoclosure () -> String) {
        guard let table = check.subject.classified(id), let row = table.rows.firstIndex(where: { $0.code == nil }) else {
            check.notChecked("\(id.label) 无合计行"); return
        }
        // The sum in 分, as ``sum(_:_:_:label:)`` keeps it.
        var expected: Int64 = 0
        for part in parts { if let value = check.subject.value(part) { expected += value.fen } }
        let actual = table.rows[row].amounts[column]
        if actual.orZero.fen == expected { check.evaluated += 1; return }
        check.equal(actual, Amount(fen: expected), termCount: parts.count,
                    cell: { _ in .classified(id, table.rows[row], column) }, expectedLabel: { _ in label() },
                    terms: { subject in [RelationTerm(.classified(id, table.rows[row], column), 1)] + parts.map { RelationTerm(subject.ref($0), -1) } })
    }
}

extension CheckSubject {
    /// The lines of T1 or T4 (empty when the table is missing).
    func lines(_ table: TableID) -> [BalanceLine] { table == .t1 ? t1Lines : t4Lines }

    /// The amount of `cell` (nil when empty or when the line has no such column). Inlined
    /// where it is read: a call cost more than the read.
    @inline(__always)
    func value(_ cell: T1T4.Cell) -> Amount? {
        cell.table == .t1 ? Self.value(t1Lines[cell.index], cell) : Self.value(t4Lines[cell.index], cell)
    }

    @inline(__always)
    private static func value(_ line: borrowing BalanceLine, _ cell: T1T4.Cell) -> Amount? {
        if cell.isIncome { return cell.column < line.income.count ? line.income[cell.column] : nil }
        return cell.column < line.expenditure.count ? line.expenditure[cell.column] : nil
    }

    /// `cell` as findings name it.
    func ref(_ cell: T1T4.Cell) -> CellRef {
        let line = lines(cell.table)[cell.index]
        return cell.isIncome ? .income(cell.table, line, cell.column) : .expenditure(cell.table, line, cell.column)
    }
}
