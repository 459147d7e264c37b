import HuizongModel

/// Procurement of many units summarised by 政府采购目录序号 and by fund source, and
/// reconciled against the units' budgets.
public struct ProcurementSummary: Sendable {
    /// One catalogue code's total.
    public struct ByCatalog: Sendable, Hashable {
        public var catalogCode: String
        public var itemNames: [String]
        public var itemCount: Int
        public var quantity: Quantity?
        public var amount: Amount

        /// Counts `item` in: its name (once per distinct name), quantity and 合计.
        mutating func add(_ item: ProcurementRow) {
            if !itemNames.contains(where: { $0.bytesEqual(item.itemName) }) { itemNames.append(item.itemName) }
            itemCount += 1
            if let q = item.quantity { quantity = quantity.map { $0 + q } ?? q }
            amount += item.amounts[0].orZero
        }

        /// Counts in another part of the same code: its names not listed yet (in its
        /// order), its items, quantity and 合计.
        mutating func merge(_ other: ByCatalog) {
            for name in other.itemNames where !itemNames.contains(where: { $0.bytesEqual(name) }) { itemNames.append(name) }
            itemCount += other.itemCount
            if let q = other.quantity { quantity = quantity.map { $0 + q } ?? q }
            amount += other.amount
        }
    }

    /// One fund source's total (the columns of the procurement table).
    public struct ByFund: Sendable, Hashable {
        public var fund: String
        public var amount: Amount
    }

    /// One unit's procurement against its budget.
    public struct UnitReconciliation: Sendable, Hashable {
        public var unitCode: String
        public var unitName: String
        /// Procurement per fund column.
        public var procurement: [Amount]
        /// The budget available per fund column (T4 fund spending; T1 四/五 for 财政专户/单位资金; T1 上年结转).
        public var available: [Amount?]
        /// Fund columns where procurement exceeds what the budget has.
        public var exceeded: [String]
        /// Items whose project's procurement exceeds its 预算资金.
        public var projectsOverBudget: [String]
    }

    public var byCatalog: [ByCatalog]
    public var byFund: [ByFund]
    public var units: [UnitReconciliation]
    /// The consolidated 合计 vs the sum of the units' 合计 (per fund column): equal when reconciled.
    public var consolidatedTotal: [Amount?]
    public var unitsTotal: [Amount]

    /// Summarises the procurement of `units`, reconciled with `consolidated` (the roll-up's table).
    public static func make(units: [Budget], consolidated: ProcurementTable?) -> ProcurementSummary {
        var catalog: [String: ByCatalog] = [:]
        let columns = TableSchema.procurementAmounts
        var fundTotals = Array(repeating: Amount.zero, count: columns.count)
        // Each unit on its own, in parallel, while its rows are at hand: its reconciliation
        // and its items by catalogue code (in the order they first appear) ...
        let perUnit = Parallel.map(units) { budget -> (UnitReconciliation, [ByCatalog])? in
            guard let table = budget.procurement else { return nil }
            return (reconcile(budget, table, columns: columns), unitCatalog(table))
        }
        // ... then the units' catalogue totals merged in unit order, so that each code's
        // names are listed in the order they first appear across the district.
        for (_, unitCatalog) in perUnit.lazy.compactMap({ $0 }) {
            for part in unitCatalog {
                if catalog[part.catalogCode] == nil {
                    catalog[part.catalogCode] = part
                } else {
                    catalog[part.catalogCode]!.merge(part)
                }
            }
        }
        let reconciliations = perUnit.compactMap { $0?.0 }
        for reconciliation in reconciliations {
            for index in columns.indices { fundTotals[index] += reconciliation.procurement[index] }
        }
        return ProcurementSummary(
            byCatalog: catalog.values.sorted { $0.catalogCode < $1.catalogCode },
            byFund: zip(columns, fundTotals).map { ByFund(fund: $0.0, amount: $0.1) },
            units: reconciliations,
            consolidatedTotal: consolidated?.totalRow?.amounts ?? [],
            unitsTotal: fundTotals)
    }

    /// One unit's items by catalogue code, in the order the codes first appear; rows are
    /// read in place.
    static func unitCatalog(_ table: ProcurementTable) -> [ByCatalog] {
        var parts: [ByCatalog] = []
        let rows = table.rows
        for index in rows.indices where rows[index].kind == .item {
            let code = rows[index].catalogCode
            if let known = parts.firstIndex(where: { $0.catalogCode.bytesEqual(code) }) {
                parts[known].add(rows[index])
            } else {
                var part = ByCatalog(catalogCode: code, itemNames: [], itemCount: 0, quantity: nil, amount: .zero)
                part.add(rows[index])
                parts.append(part)
            }
        }
        return parts
    }

    /// What the budget makes available per procurement fund column.
    /// One unit's procurement by fund against what its budget makes available, and the
    /// projects whose items exceed their 预算资金.
    static func reconcile(_ budget: Budget, _ table: ProcurementTable, columns: [String]) -> UnitReconciliation {
        var unitFunds = Array(repeating: Amount.zero, count: columns.count)
        // A unit has few projects: they are kept in a short list, in order of appearance,
        // each with the 预算资金 of its first item. Rows are read in place, not copied.
        var projects: [(row: Int, budget: Amount?, spent: Amount)] = []
        let rows = table.rows
        for index in rows.indices where rows[index].kind == .item {
            let amounts = rows[index].amounts
            for column in 0..<min(amounts.count, unitFunds.count) { unitFunds[column] += amounts[column].orZero }
            let spent = amounts.first.flatMap { $0 } ?? .zero
            if let known = projects.firstIndex(where: { rows[$0.row].projectName.bytesEqual(rows[index].projectName) }) {
                projects[known].spent += spent
            } else {
                projects.append((index, rows[index].projectBudget, spent))
            }
        }
        let available = availableFunds(budget)
        var exceeded: [String] = []
        for index in 1..<columns.count {
            if let limit = available[index], unitFunds[index] > limit { exceeded.append(columns[index]) }
        }
        var over: [String] = []
        for project in projects {
            if let limit = project.budget, project.spent > limit { over.append(rows[project.row].projectName) }
        }
        over.sort()
        return UnitReconciliation(unitCode: budget.code, unitName: budget.name, procurement: unitFunds,
                                  available: available, exceeded: exceeded, projectsOverBudget: over)
    }

    static func availableFunds(_ budget: Budget) -> [Amount?] {
        let t4Total = budget.t4?.line(expenditure: "支出总计")?.expenditure
        let t1 = budget.t1
        /// The income item printed before 本年收入合计 whose label starts with `prefix`
        /// (whitespace ignored), found in place.
        func t1Income(_ prefix: String) -> Amount? {
            guard let lines = t1?.lines else { return nil }
            for index in lines.indices {
                let label = lines[index].incomeItem
                if label.equalsIgnoringWhitespace("本年收入合计") { return nil }
                if label.hasPrefixIgnoringWhitespace(prefix) {
                    return lines[index].income[0]
                }
            }
            return nil
        }
        return [
            t1?.line(expenditure: "支出总计")?.expenditure[0] ?? nil,      // 合计
            t4Total?[TableSchema.T4Expenditure.general.rawValue] ?? nil,   // 一般公共预算拨款
            t4Total?[TableSchema.T4Expenditure.fund.rawValue] ?? nil,      // 基金预算拨款
            t4Total?[TableSchema.T4Expenditure.stateCapital.rawValue] ?? nil, // 国有资本经营预算拨款
            t1Income("四、"),                                               // 财政专户核拨
            t1Income("五、"),                                               // 单位资金
            t1?.line(income: "上年结转结余")?.income[0] ?? nil,              // 上年结转结余
        ]
    }

    /// True when the consolidated 合计 equals the sum of the units' items, column by column.
    public var isReconciled: Bool {
        zip(consolidatedTotal, unitsTotal).allSatisfy { $0.0.orZero == $0.1 }
    }
}
