/// Every amount cell of a budget, by address: for the facts CSV, findings, mutation
/// checks, roll-up and diffs.
extension Budget {
    /// The G (绩效目标表) columns: budget split, then the cumulative spending plan.
    public static let performanceColumns = ["预算数", "其中：财政资金", "其他资金"] + PerformanceTable.planLabels
    /// The P columns in print order (预算资金, 单价, 采购金额…, 中小微).
    public static let procurementColumns = ["预算资金", "单价"] + TableSchema.procurementAmounts + ["预留中小微企业份额"]

    /// Calls `body` for every amount cell, in document order (tables T1…T9, P, A, G, then
    /// the narrative's claims when `claims`), rows in order, columns left to right.
    /// Empty cells are included only when `includeEmpty`.
    public func forEachAmountCell(includeEmpty: Bool = false, claims: Bool = false, _ body: (AmountCell) -> Void) {
        func emit(_ table: TableID, _ row: String, _ name: String, _ columns: [String], _ values: [Amount?], _ source: SourceLocation) {
            for (index, value) in values.enumerated() where includeEmpty || value != nil {
                let column = index < columns.count ? columns[index] : String(index + 1)
                body(AmountCell(address: CellAddress(table, row, column), rowName: name, value: value, source: source))
            }
        }
        func balance(_ table: BalanceTable, _ id: TableID, _ income: [String], _ spend: [String]) {
            for line in table.lines {
                let key = String(line.number)
                emit(id, key, line.incomeItem, income, line.income, line.source)
                emit(id, key, line.expenditureItem, spend, line.expenditure, line.source)
            }
        }
        func emitClassified(_ id: TableID) {
            guard let table = self.classified(id) else { return }
            let columns = TableSchema.columns(of: id)
            for (position, row) in table.rows.enumerated() {
                emit(id, row.code?.digits ?? String(row.number ?? position + 1), row.name, columns, row.amounts, row.source)
            }
        }
        if let t1 { balance(t1, .t1, TableSchema.t1Income, TableSchema.t1Expenditure) }
        emitClassified(.t2)
        emitClassified(.t3)
        if let t4 { balance(t4, .t4, TableSchema.t4Income, TableSchema.t4Expenditure) }
        for id in [TableID.t5, .t6, .t7, .t8] { emitClassified(id) }
        if let t9 {
            for (position, row) in t9.rows.enumerated() {
                emit(.t9, String(row.number ?? position + 1), row.label, TableSchema.t9, row.amounts, row.source)
            }
        }
        if let procurement {
            for (position, row) in procurement.rows.enumerated() {
                let name = row.kind == .item ? row.projectName + "/" + row.itemName : row.projectName
                emit(.procurement, String(position + 1), name, Budget.procurementColumns,
                     [row.projectBudget, row.unitPrice] + row.amounts + [row.smeShare], row.source)
            }
        }
        if let assets {
            for (position, row) in assets.rows.enumerated() {
                emit(.assets, String(position + 1), row.label, [TableSchema.assetValue], [row.amounts.first ?? nil], row.source)
            }
        }
        for table in performance {
            emit(.performance, table.projectCode, table.projectName, Budget.performanceColumns,
                 [table.budget, table.fiscalFunds, table.otherFunds] + table.plan, table.source)
        }
        if claims, let narrative {
            for (index, claim) in narrative.claims.enumerated() {
                body(AmountCell(address: CellAddress(.narrative, String(index + 1), claim.subject.rawValue),
                                rowName: claim.label, value: claim.amount, source: claim.source))
            }
        }
    }

    /// The amount at `address` (nil when empty or when there is no such cell).
    public func amount(at address: CellAddress) -> Amount? {
        var found: Amount? = nil
        forEachAmountCell(includeEmpty: true, claims: address.table == .narrative) { cell in
            if cell.address == address { found = cell.value }
        }
        return found
    }

    /// Sets the amount at `address`; returns false when there is no such cell.
    @discardableResult
    public mutating func setAmount(_ value: Amount?, at address: CellAddress) -> Bool {
        func columnIndex(_ columns: [String]) -> Int? { columns.firstIndex(of: address.column) }
        switch address.table {
        case .t1, .t4:
            guard var table = balance(address.table), let number = Int(address.row),
                  let index = table.lines.firstIndex(where: { $0.number == number }) else { return false }
            let income = address.table == .t1 ? TableSchema.t1Income : TableSchema.t4Income
            let spend = address.table == .t1 ? TableSchema.t1Expenditure : TableSchema.t4Expenditure
            if let c = columnIndex(income) { table.lines[index].income[c] = value }
            else if let c = columnIndex(spend) { table.lines[index].expenditure[c] = value }
            else { return false }
            if address.table == .t1 { t1 = table } else { t4 = table }
        case .t2, .t3, .t5, .t6, .t7, .t8:
            guard var table = classified(address.table),
                  let c = columnIndex(TableSchema.columns(of: address.table)),
                  let index = table.rows.firstIndex(where: { ($0.code?.digits ?? $0.number.map(String.init)) == address.row })
            else { return false }
            table.rows[index].amounts[c] = value
            setClassified(address.table, table)
        case .t9:
            guard var table = t9, let c = columnIndex(TableSchema.t9),
                  let index = table.rows.firstIndex(where: { $0.number.map(String.init) == address.row }) else { return false }
            table.rows[index].amounts[c] = value
            t9 = table
        case .procurement:
            guard var table = procurement, let position = Int(address.row), position >= 1, position <= table.rows.count,
                  let c = columnIndex(Budget.procurementColumns) else { return false }
            switch c {
            case 0: table.rows[position - 1].projectBudget = value
            case 1: table.rows[position - 1].unitPrice = value
            case Budget.procurementColumns.count - 1: table.rows[position - 1].smeShare = value
            default: table.rows[position - 1].amounts[c - 2] = value
            }
            procurement = table
        case .assets:
            guard var table = assets, let position = Int(address.row), position >= 1, position <= table.rows.count,
                  address.column == TableSchema.assetValue else { return false }
            table.rows[position - 1].amounts[0] = value
            assets = table
        case .performance:
            guard let index = performance.firstIndex(where: { $0.projectCode == address.row }),
                  let c = columnIndex(Budget.performanceColumns) else { return false }
            switch c {
            case 0: performance[index].budget = value
            case 1: performance[index].fiscalFunds = value
            case 2: performance[index].otherFunds = value
            default: performance[index].plan[c - 3] = value
            }
        case .narrative:
            guard let value, var narrative, let position = Int(address.row),
                  position >= 1, position <= narrative.claims.count else { return false }
            narrative.claims[position - 1].amount = value
            self.narrative = narrative
        }
        return true
    }
}
