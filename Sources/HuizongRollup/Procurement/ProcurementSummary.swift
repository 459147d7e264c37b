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

        /// Counts an item in: its name (once per distinct name), quantity and 合计.
        mutating func add(itemName: String, quantity q: Quantity?, amount total: Amount?) {
            if !itemNames.contains(where: { ProcurementSummary.sameText($0, itemName) }) { itemNames.append(itemName) }
            itemCount += 1
            if let q { quantity = quantity.map { $0 + q } ?? q }
            amount += total.orZero
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

    /// Summarises the procurement of `units`, reconciled with `consolidated` (the roll-up's
    /// table), the units taken on `threads` threads (default: one per core).
    public static func make(units: [Budget], consolidated: ProcurementTable?, threads: Int? = nil) -> ProcurementSummary {
        let columns = TableSchema.procurementAmounts
        // The units in consecutive runs, a few per thread, each run summed on its own in
        // parallel while its rows are at hand: its units' reconciliations and its catalogue
        // totals ...
        let runs = runs(count: units.count, workers: threads ?? Parallel.coreCount)
        let perRun = Parallel.map(runs, threads: threads) { range -> ([UnitReconciliation], CatalogTotals) in
            var reconciliations: [UnitReconciliation] = []
            reconciliations.reserveCapacity(range.count)
            var catalog = CatalogTotals()
            for index in range {
                // The table's rows only: binding the table copied it, header fields and
                // all (a count on each of the unit's objects, cold by now, per unit).
                guard let rows = units[index].procurement?.rows else { continue }
                reconciliations.append(reconcile(units[index], rows, columns: columns))
                catalog.add(rows)
            }
            return (reconciliations, catalog)
        }
        // ... then the runs merged in unit order, so that each code's names are listed in
        // the order they first appear across the district.
        var catalog = CatalogTotals()
        var reconciliations: [UnitReconciliation] = []
        reconciliations.reserveCapacity(units.count)
        for (runReconciliations, runCatalog) in perRun {
            reconciliations += runReconciliations
            catalog.merge(runCatalog)
        }
        var fundTotals = Array(repeating: Amount.zero, count: columns.count)
        for reconciliation in reconciliations {
            for index in columns.indices { fundTotals[index] += reconciliation.procurement[index] }
        }
        return ProcurementSummary(
            byCatalog: catalog.totals.sorted { $0.catalogCode < $1.catalogCode },
            byFund: zip(columns, fundTotals).map { ByFund(fund: $0.0, amount: $0.1) },
            units: reconciliations,
            consolidatedTotal: consolidated?.totalRow?.amounts ?? [],
            unitsTotal: fundTotals)
    }

    /// `0..<count` cut into consecutive runs of (nearly) equal length, four per worker
    /// (one run when there is one worker), none empty.
    static func runs(count: Int, workers: Int) -> [Range<Int>] {
        let runCount = min(count, workers > 1 ? workers * 4 : 1)
        guard runCount > 0 else { return [] }
        return (0..<runCount).map { count * $0 / runCount ..< count * ($0 + 1) / runCount }
    }

    /// One unit's procurement by fund against what its budget makes available, and the
    /// projects whose items exceed their 预算资金.
    static func reconcile(_ budget: Budget, _ rows: [ProcurementRow], columns: [String]) -> UnitReconciliation {
        // The fund columns' sums are kept in 分 in a buffer on the stack (an overflow traps
        // as `Amount`'s `+` does) and made `Amount`s once, at the end. (An `[Amount]` made by
        // `init(repeating:count:)` was allocated through the standard library's unspecialized
        // code, some 650 instructions a unit.)
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: columns.count) { funds in
            funds.initialize(repeating: 0)
            return reconcile(budget, rows, columns: columns, funds: funds)
        }
    }

    /// ``reconcile(_:_:columns:)`` with `funds`, one zero per column, to sum the fund columns in.
    private static func reconcile(_ budget: Budget, _ rows: [ProcurementRow], columns: [String],
                                  funds: UnsafeMutableBufferPointer<Int64>) -> UnitReconciliation {
        // A unit has few projects: they are kept in a short list, in order of appearance,
        // each with the 预算资金 of its first item. Rows are read in place, not copied.
        var projects: [(row: Int, budget: Amount?, spent: Amount)] = []
        projects.reserveCapacity(8)
        for index in rows.indices where rows[index].kind == .item {
            // The row's amounts and name are read in place: copying them cost a retain and
            // a release each per item, on objects of a unit read long before.
            let count = min(rows[index].amounts.count, funds.count)
            for column in 0..<count { funds[column] += rows[index].amounts[column].orZero.fen }
            let spent = rows[index].amounts.isEmpty ? .zero : rows[index].amounts[0] ?? .zero
            // A project's items are printed together: its entry is usually the last one
            // (names in the list are distinct, so the last match is the first), and the
            // reader shares a repeated name's text, so usually the very same string.
            let known: Int?
            if let last = projects.last, sameText(rows[last.row].projectName, rows[index].projectName) {
                known = projects.count - 1
            } else {
                known = projects.firstIndex { sameText(rows[$0.row].projectName, rows[index].projectName) }
            }
            if let known {
                projects[known].spent += spent
            } else {
                projects.append((index, rows[index].projectBudget, spent))
            }
        }
        let unitFunds = Array(funds.lazy.map { Amount(fen: $0) })
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

    /// True when `a` and `b` hold the same bytes (``String/bytesEqual(_:)``): first told by
    /// the two words of the values compared as bits (the very same string: nothing read
    /// through them, nothing retained), else by their bytes.
    @inline(__always)
    static func sameText(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) || a.bytesEqual(b)
    }

    /// What the budget makes available per procurement fund column.
    static func availableFunds(_ budget: Budget) -> [Amount?] {
        let t4Lines = budget.t4Lines ?? []
        let t1Lines = budget.t1Lines ?? []
        let t4Total = lineIndex(t4Lines, expenditure: "支出总计").map { t4Lines[$0].expenditure }
        // The income items 四 and 五: the first lines before 本年收入合计 whose labels start
        // with `四、` and `五、` (whitespace ignored), both found in one pass.
        var special: Amount?, unit: Amount?
        var foundSpecial = false, foundUnit = false
        // Each label's first character (after whitespace) is read once: a label can match
        // only when it leads with the first character of `本年收入合计`, `四、` or `五、`.
        // (Labels read in place: a copy of each cost a retain and a release.)
        for index in t1Lines.indices where !(foundSpecial && foundUnit) {
            let lead = leadingCharacter(t1Lines[index].incomeItem)
            if lead == LeadingCharacter.ben && t1Lines[index].incomeItem.equalsIgnoringWhitespace("本年收入合计") { break }
            if !foundSpecial && lead == LeadingCharacter.si && t1Lines[index].incomeItem.hasPrefixIgnoringWhitespace("四、") {
                special = t1Lines[index].income[0]; foundSpecial = true
            } else if !foundUnit && lead == LeadingCharacter.wu && t1Lines[index].incomeItem.hasPrefixIgnoringWhitespace("五、") {
                unit = t1Lines[index].income[0]; foundUnit = true
            }
        }
        return [
            lineIndex(t1Lines, expenditure: "支出总计").flatMap { t1Lines[$0].expenditure[0] },  // 合计
            t4Total?[TableSchema.T4Expenditure.general.rawValue] ?? nil,   // 一般公共预算拨款
            t4Total?[TableSchema.T4Expenditure.fund.rawValue] ?? nil,      // 基金预算拨款
            t4Total?[TableSchema.T4Expenditure.stateCapital.rawValue] ?? nil, // 国有资本经营预算拨款
            special,                                                        // 财政专户核拨
            unit,                                                           // 单位资金
            lineIndex(t1Lines, income: "上年结转结余").flatMap { t1Lines[$0].income[0] },  // 上年结转结余
        ]
    }

    /// The UTF-8 bytes of 本, 四 and 五 as ``leadingCharacter(_:)`` gives them.
    enum LeadingCharacter {
        static let ben: UInt32 = 0xE6_9C_AC
        static let si: UInt32 = 0xE5_9B_9B
        static let wu: UInt32 = 0xE4_BA_94
    }

    /// The first three bytes of `label` after its leading whitespace, first byte highest
    /// (fewer when the text ends sooner; 0 when nothing follows the whitespace). A text
    /// that starts with `四、` once whitespace is skipped has 四's three bytes there (no
    /// whitespace can fall inside a character's bytes), so the whitespace-skipping
    /// comparisons are needed only for labels that lead with the right character.
    static func leadingCharacter(_ label: String) -> UInt32 {
        label.withBorrowedUTF8 { bytes in
            var start = 0
            while start < bytes.count, case let space = UTF8Whitespace.whitespaceLength(in: bytes, at: start), space > 0 {
                start += space
            }
            var key: UInt32 = 0
            for index in start..<min(start + 3, bytes.count) { key = key << 8 | UInt32(bytes[index]) }
            return key
        }
    }

    /// The first line whose label is `label`, as ``BalanceTable/line(income:)`` and
    /// ``BalanceTable/line(expenditure:)`` find it (the same bytes first, then the same
    /// once whitespace is removed): labels of another length are passed over without a
    /// comparison.
    static func lineIndex(_ lines: [BalanceLine], income label: String) -> Int? {
        let count = label.utf8.count
        for index in lines.indices where lines[index].incomeItem.utf8.count == count {
            if lines[index].incomeItem.bytesEqual(label) { return index }
        }
        return lines.indices.first { lines[$0].incomeItem.equalsIgnoringWhitespace(label) }
    }

    /// ``lineIndex(_:income:)`` on the expenditure side.
    static func lineIndex(_ lines: [BalanceLine], expenditure label: String) -> Int? {
        let count = label.utf8.count
        for index in lines.indices where lines[index].expenditureItem.utf8.count == count {
            if lines[index].expenditureItem.bytesEqual(label) { return index }
        }
        return lines.indices.first { lines[$0].expenditureItem.equalsIgnoringWhitespace(label) }
    }

    /// True when the consolidated 合计 equals the sum of the units' items, column by column.
    public var isReconciled: Bool {
        zip(consolidatedTotal, unitsTotal).allSatisfy { $0.0.orZero == $0.1 }
    }
}
