import HuizongModel

/// Sums budgets cell by cell into one consolidated budget (汇总), in the same form.
///
/// - T1, T4, T9 and the asset table: line by line (the template's fixed lines).
/// - T2, T3, T5…T8: rows are the union of the units' codes, in code order, each summed
///   column by column; since every unit prints its 类/款/项 rows, the hierarchy of the sum
///   is the sum of the hierarchies. A cell stays empty where every unit's is empty.
/// - Procurement: the sum's 合计, then every unit's 小计 followed by its items.
/// - 绩效目标表 are not summed (they describe single projects); the consolidated budget has none.
/// - The narrative is not summed (it is text); the consolidated budget has none.
public enum BudgetSum {
    /// The consolidated budget of `budgets`, headed by `code` and `name`.
    public static func sum(_ budgets: [Budget], scope: BudgetScope = .department, code: String, name: String,
                           year: Int?) -> Budget {
        var out = Budget(scope: scope, code: code, name: name, year: year)
        let header = TableHeader(scope: scope, unitCode: code, unitName: name, budgetYear: year, currency: "万元")
        out.t1 = balance(budgets.compactMap(\.t1), header: header)
        out.t4 = balance(budgets.compactMap(\.t4), header: header)
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] {
            out.setClassified(id, classified(budgets.compactMap { $0.classified(id) }, id: id, header: header))
        }
        if let first = budgets.lazy.compactMap(\.t9).first {
            out.t9 = ThreePublicTable(header: header, rows: labeled(budgets.compactMap { $0.t9?.rows }, template: first.rows))
        }
        if let first = budgets.lazy.compactMap(\.assets).first {
            var assetHeader = header
            assetHeader.budgetYear = nil
            assetHeader.currency = nil
            assetHeader.asOf = first.header.asOf
            out.assets = AssetTable(header: assetHeader, rows: labeled(budgets.compactMap { $0.assets?.rows }, template: first.rows))
        }
        out.procurement = procurement(budgets, header: header)
        // 绩效目标表 are per project, not summed: a consolidated budget lists none (its
        // units' tables stay in the units), which keeps department and district texts small.
        return out
    }

    /// Element-wise sum of amount arrays, empty where both are empty.
    static func add(_ a: [Amount?], _ b: [Amount?]) -> [Amount?] {
        var out = a
        add(b, into: &out)
        return out
    }

    /// Adds `b` to `out` element by element, in place; empty stays empty where both are.
    static func add(_ b: [Amount?], into out: inout [Amount?]) {
        if out.count < b.count { out += Array(repeating: nil, count: b.count - out.count) }
        for index in b.indices {
            guard let value = b[index] else { continue }
            out[index] = (out[index] ?? .zero) + value
        }
    }

    /// Element-wise sum of quantities, empty where both are empty.
    static func add(_ a: [Quantity?], _ b: [Quantity?]) -> [Quantity?] {
        var out = a
        if out.count < b.count { out += Array(repeating: nil, count: b.count - out.count) }
        for (index, value) in b.enumerated() {
            guard let value else { continue }
            out[index] = out[index].map { $0 + value } ?? value
        }
        return out
    }

    /// T1/T4 line by line, matched by 序号.
    static func balance(_ tables: [BalanceTable], header: TableHeader) -> BalanceTable? {
        guard let first = tables.first else { return nil }
        var lines = first.lines.map { line -> BalanceLine in
            var copy = line
            copy.income = line.income.map { _ in nil }
            copy.expenditure = line.expenditure.map { _ in nil }
            copy.source = .none
            return copy
        }
        var index: [Int: Int] = [:]
        for (position, line) in lines.enumerated() { index[line.number] = position }
        for table in tables {
            let source = table.lines
            for k in source.indices {
                // Lines are numbered 1, 2, … in order, so line k is usually at position k.
                let number = source[k].number
                let position: Int
                if k < lines.count && lines[k].number == number {
                    position = k
                } else if let found = index[number] {
                    position = found
                } else {
                    index[number] = lines.count
                    var copy = source[k]
                    copy.source = .none
                    lines.append(copy)
                    continue
                }
                add(source[k].income, into: &lines[position].income)
                add(source[k].expenditure, into: &lines[position].expenditure)
            }
        }
        return BalanceTable(header: header, lines: lines)
    }

    /// A classified table: the union of codes, summed.
    static func classified(_ tables: [ClassifiedTable], id: TableID, header: TableHeader) -> ClassifiedTable? {
        guard !tables.isEmpty else { return nil }
        let width = TableSchema.columns(of: id).count
        var total: [Amount?] = Array(repeating: nil, count: width)
        var hasTotal = false
        // Rows by the code's integer key (one table has one scheme), summed in place.
        var sums: [(code: SubjectCode, name: String, amounts: [Amount?])] = []
        var position: [Int: Int] = [:]
        for table in tables {
            let source = table.rows
            for index in source.indices {
                if let code = source[index].code {
                    let key = code.numericKey
                    if let at = position[key] {
                        add(source[index].amounts, into: &sums[at].amounts)
                    } else {
                        position[key] = sums.count
                        var amounts: [Amount?] = Array(repeating: nil, count: width)
                        add(source[index].amounts, into: &amounts)
                        sums.append((code, source[index].name, amounts))
                    }
                } else {
                    hasTotal = true
                    add(source[index].amounts, into: &total)
                }
            }
        }
        sums.sort { $0.code < $1.code }
        var out: [ClassifiedRow] = []
        out.reserveCapacity(sums.count + 1)
        if hasTotal || !sums.isEmpty { out.append(ClassifiedRow(number: 1, code: nil, name: "合计", amounts: total)) }
        for row in sums {
            out.append(ClassifiedRow(number: out.count + 1, code: row.code, name: row.name, amounts: row.amounts))
        }
        let table = ClassifiedTable(header: header, rows: out)
        if table.isEmpty {
            return ClassifiedTable(header: header, rows: [], note: tables.lazy.compactMap(\.note).first)
        }
        return table
    }

    /// Labeled rows (T9, assets) summed by position.
    static func labeled(_ tables: [[LabeledRow]], template: [LabeledRow]) -> [LabeledRow] {
        var rows = template.map { row -> LabeledRow in
            LabeledRow(number: row.number, label: row.label, amounts: row.amounts.map { _ in nil },
                       quantities: row.quantities.map { _ in nil })
        }
        for table in tables {
            for (position, row) in table.enumerated() where position < rows.count {
                add(row.amounts, into: &rows[position].amounts)
                rows[position].quantities = add(rows[position].quantities, row.quantities)
            }
        }
        return rows
    }

    /// The consolidated procurement table: 合计, then each unit's 小计 and items.
    static func procurement(_ budgets: [Budget], header: TableHeader) -> ProcurementTable? {
        let tables = budgets.compactMap(\.procurement)
        guard !tables.isEmpty else { return nil }
        var total = ProcurementRow(kind: .total, projectName: "合计", amounts: Array(repeating: nil, count: TableSchema.procurementAmounts.count))
        var rows: [ProcurementRow] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.rows.count })
        for table in tables {
            let source = table.rows
            var counted = false
            for index in source.indices {
                guard source[index].kind == .total else {
                    // Rows are copied once, straight into place (a district holds every unit's items).
                    rows.append(source[index])
                    rows[rows.count - 1].source = .none
                    continue
                }
                // The table's first 合计 row is its total (as `totalRow`).
                guard !counted else { continue }
                counted = true
                add(source[index].amounts, into: &total.amounts)
                total.smeShare = add([total.smeShare], [source[index].smeShare])[0]
            }
        }
        var procurementHeader = header
        procurementHeader.budgetYear = nil
        return ProcurementTable(header: procurementHeader, rows: [total] + rows, note: tables.lazy.compactMap(\.note).first)
    }
}
