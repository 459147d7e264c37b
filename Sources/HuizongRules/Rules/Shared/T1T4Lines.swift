import HuizongModel

/// Lookups and relations shared by the T1–T4 rules (收支总表, 收入总表, 支出总表,
/// 财政拨款收支总表). Lines are found by their printed labels, never by position.
enum T1T4 {
    /// One amount cell of T1 or T4: a line, its side (income / expenditure) and column.
    struct Cell {
        var table: TableID
        var line: BalanceLine
        var isIncome: Bool
        var column: Int

        /// Income column `column` of `line`.
        static func income(_ table: TableID, _ line: BalanceLine, _ column: Int = 0) -> Cell {
            Cell(table: table, line: line, isIncome: true, column: column)
        }

        /// Expenditure column `column` of `line`.
        static func spend(_ table: TableID, _ line: BalanceLine, _ column: Int = 0) -> Cell {
            Cell(table: table, line: line, isIncome: false, column: column)
        }

        /// The amount (nil when empty or when the line has no such column).
        var value: Amount? {
            let values = isIncome ? line.income : line.expenditure
            return column < values.count ? values[column] : nil
        }

        /// The cell as findings name it.
        var ref: CellRef { isIncome ? .income(table, line, column) : .expenditure(table, line, column) }
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

    /// The income item (printed before 本年收入合计) whose label contains `keyword`.
    static func incomeItem(_ table: BalanceTable, _ keyword: String) -> BalanceLine? {
        for line in table.lines {
            if line.incomeItem.equalsIgnoringWhitespace("本年收入合计") { return nil }
            if line.incomeItem.containsBytes(keyword) || line.incomeItem.removingWhitespace.containsBytes(keyword) { return line }
        }
        return nil
    }

    /// T4: the line of 年初财政拨款结转和结余 that belongs to `fund` (lines 34–36).
    static func carryoverLine(_ t4: BalanceTable, _ fund: Fund) -> BalanceLine? {
        // The lines after 年初财政拨款结转和结余 up to the next total (as `incomeLines(after:)`), in place.
        let lines = t4.lines
        guard let start = lines.indices.first(where: { lines[$0].incomeItem.equalsIgnoringWhitespace("年初财政拨款结转和结余") }) else { return nil }
        for index in (start + 1)..<lines.count {
            let item = lines[index].incomeItem
            if BalanceTable.incomeTotalLabels.contains(where: { item.equalsIgnoringWhitespace($0) }) { break }
            if !item.isBlank && (item.containsBytes(fund.keyword) || item.removingWhitespace.containsBytes(fund.keyword)) { return lines[index] }
        }
        return nil
    }

    /// The expenditure line of `table` for the same category as `line` (matched by name
    /// without its ordinal; the line with the same 序号 is tried first).
    static func sameCategory(_ table: BalanceTable, as line: BalanceLine) -> BalanceLine? {
        if let index = table.lines.firstIndex(where: { $0.number == line.number }),
           table.lines[index].expenditureItem.bytesEqual(line.expenditureItem) { return table.lines[index] }
        // The categories are the lines before 本年支出合计; visited in place, not collected.
        for index in table.lines.indices {
            let item = table.lines[index].expenditureItem
            if item.equalsIgnoringWhitespace("本年支出合计") { break }
            if !item.isBlank && item.sameName(ignoringOrdinal: line.expenditureItem) { return table.lines[index] }
        }
        return nil
    }

    /// States `total = Σ parts` (empty counts as zero); `label` names the sum.
    static func sum(_ check: inout RuleCheck, _ total: Cell, _ parts: [Cell], label: @autoclosure () -> String) {
        var expected = Amount.zero
        for part in parts { expected += part.value.orZero }
        check.equal(total.value, expected, termCount: parts.count,
                    cell: { total.ref }, expectedLabel: label,
                    terms: { [RelationTerm(total.ref, 1)] + parts.map { RelationTerm($0.ref, -1) } })
    }

    /// States `cell = other` (one figure restated elsewhere); `label` names `other`.
    static func same(_ check: inout RuleCheck, _ cell: Cell, _ other: Cell, label: @autoclosure () -> String) {
        sum(&check, cell, [other], label: label())
    }

    /// States that column `column` of the 合计 row of classified table `id` equals Σ `parts`
    /// (T1/T4 cells); records "not checked" when the table prints no 合计 row.
    static func totalRow(_ check: inout RuleCheck, _ id: TableID, _ column: Int, equals parts: [Cell],
                         label: @autoclosure () -> String) {
        guard let total = check.budget.classified(id)?.totalRow else {
            check.notChecked("\(id.label) 无合计行"); return
        }
        var expected = Amount.zero
        for part in parts { expected += part.value.orZero }
        check.equal(total.amounts[column], expected, termCount: parts.count,
                    cell: { .classified(id, total, column) }, expectedLabel: label,
                    terms: { [RelationTerm(.classified(id, total, column), 1)] + parts.map { RelationTerm($0.ref, -1) } })
    }
}
