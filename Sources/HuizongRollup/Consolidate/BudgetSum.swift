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
    /// The consolidated budget of `budgets`, headed by `code` and `name`; its tables are
    /// summed on `threads` threads (a district's, each summing every department's table;
    /// the procurement table, which copies every unit's items, first).
    public static func sum(_ budgets: [Budget], scope: BudgetScope = .department, code: String, name: String,
                           year: Int?, threads: Int = 1) -> Budget {
        var out = Budget(scope: scope, code: code, name: name, year: year)
        let header = TableHeader(scope: scope, unitCode: code, unitName: name, budgetYear: year, currency: "万元")
        let ids: [TableID] = [.t1, .t2, .t3, .t4, .t5, .t6, .t7, .t8, .t9, .assets]
        let procurementRows = budgets.compactMap { $0.procurement?.rows }
        let tables: [SummedTable]
        if procurementRows.isEmpty {
            tables = Parallel.map(ids, threads: threads) { id in table(id, of: budgets, header: header) }
        } else {
            // The procurement parts first (see `BudgetSum+Procurement.swift`), then the other tables.
            let copy = ProcurementCopy(tables: procurementRows, parts: min(max(threads, 1), 2))
            let jobs = (0..<copy.parts).map { -$0 - 1 } + ids.indices.map { $0 }
            let rows: [ProcurementRow]
            (rows, tables) = copy.rows { copyPart in
                Parallel.map(jobs, threads: threads) { job in
                    job < 0 ? .procurementPart(copyPart(-job - 1)) : table(ids[job], of: budgets, header: header)
                }
            }
            out.procurement = procurementTable(budgets, rows: rows, header: header)
        }
        for table in tables {
            switch table {
            case .balance(let id, let value): if id == .t1 { out.t1 = value } else { out.t4 = value }
            case .classified(let id, let value): out.setClassified(id, value)
            case .threePublic(let value): out.t9 = value
            case .assets(let value): out.assets = value
            case .procurement(let value): out.procurement = value
            case .procurementPart: break // in `out.procurement` already
            }
        }
        // 绩效目标表 are per project, not summed: a consolidated budget lists none (its
        // units' tables stay in the units), which keeps department and district texts small.
        return out
    }

    /// One summed table of a consolidated budget.
    enum SummedTable: Sendable {
        case balance(TableID, BalanceTable?)
        case classified(TableID, ClassifiedTable?)
        case threePublic(ThreePublicTable?)
        case assets(AssetTable?)
        case procurement(ProcurementTable?)
        /// One part of the procurement table's copy (``ProcurementCopy``).
        case procurementPart(ProcurementPart)
    }

    /// The sum of table `id` of `budgets`.
    static func table(_ id: TableID, of budgets: [Budget], header: TableHeader) -> SummedTable {
        switch id {
        // Each table's lines or rows are taken, not the whole table (a copy of a table
        // costs a reference count per header field, and as many to destroy it).
        case .t1: return .balance(.t1, balance(budgets.compactMap { $0.t1?.lines }, header: header))
        case .t4: return .balance(.t4, balance(budgets.compactMap { $0.t4?.lines }, header: header))
        case .t9:
            guard let first = budgets.lazy.compactMap(\.t9).first else { return .threePublic(nil) }
            return .threePublic(ThreePublicTable(header: header, rows: labeled(budgets.compactMap { $0.t9?.rows }, template: first.rows)))
        case .assets:
            guard let first = budgets.lazy.compactMap(\.assets).first else { return .assets(nil) }
            var assetHeader = header
            assetHeader.budgetYear = nil
            assetHeader.currency = nil
            assetHeader.asOf = first.header.asOf
            return .assets(AssetTable(header: assetHeader, rows: labeled(budgets.compactMap { $0.assets?.rows }, template: first.rows)))
        case .procurement: return .procurement(procurement(budgets, header: header))
        default:
            let note = { budgets.lazy.compactMap { classifiedPart($0, id) { $0.note } }.first }
            return .classified(id, classified(budgets.compactMap { classifiedPart($0, id) { $0.rows } }, id: id, header: header, note: note))
        }
    }

    /// `part` of classified table `id` of `budget` (its rows, its note), nil when the budget
    /// has no such table: the part is read from the table in place, not from a copy of it.
    @inline(__always)
    static func classifiedPart<T>(_ budget: Budget, _ id: TableID, _ part: (borrowing ClassifiedTable) -> T?) -> T? {
        switch id {
        case .t2: if let table = budget.t2 { part(table) } else { nil }
        case .t3: if let table = budget.t3 { part(table) } else { nil }
        case .t5: if let table = budget.t5 { part(table) } else { nil }
        case .t6: if let table = budget.t6 { part(table) } else { nil }
        case .t7: if let table = budget.t7 { part(table) } else { nil }
        case .t8: if let table = budget.t8 { part(table) } else { nil }
        default: nil
        }
    }

    /// Element-wise sum of quantities, empty where both are empty, in place.
    static func add(_ b: [Quantity?], into out: inout [Quantity?]) {
        if out.count < b.count { out += Array(repeating: nil, count: b.count - out.count) }
        for index in b.indices {
            guard let value = b[index] else { continue }
            out[index] = out[index].map { $0 + value } ?? value
        }
    }

    /// T1/T4 line by line, matched by 序号.
    /// `tables` holds each table's lines.
    static func balance(_ tables: [[BalanceLine]], header: TableHeader) -> BalanceTable? {
        guard let first = tables.first else { return nil }
        // The first table's lines give numbers and labels; sums are kept in two grids (a
        // row per line) and put into the lines at the end.
        var lines = first
        var income = AmountGrid(width: 1, rowCapacity: lines.count + 4)
        var expenditure = AmountGrid(width: 4, rowCapacity: lines.count + 4)
        var index: [Int: Int] = [:]
        for position in lines.indices {
            income.appendRow(length: lines[position].income.count)
            expenditure.appendRow(length: lines[position].expenditure.count)
            index[lines[position].number] = position
        }
        // Each table's lines are placed and added in one pass over both grids while each
        // has its grid row already and fits the grids' widths (amounts read from the lines
        // inside the loop: no reference count per line); a line that needs a new row or a
        // wider grid is placed outside the pass, which then goes on from it.
        for source in tables {
            var next = 0
            while next < source.count {
                next = income.withCellsAndLengths { incomeCells, incomeLengths, incomeWidth in
                    expenditure.withCellsAndLengths { expenditureCells, expenditureLengths, expenditureWidth in
                        var k = next
                        while k < source.count {
                            let incomeCount = source[k].income.count
                            let expenditureCount = source[k].expenditure.count
                            guard incomeCount <= incomeWidth && expenditureCount <= expenditureWidth else { break }
                            // Lines are numbered 1, 2, … in order, so line k is usually at position k.
                            let number = source[k].number
                            let position: Int
                            if k < lines.count && lines[k].number == number {
                                position = k
                            } else if let found = index[number] {
                                position = found
                            } else {
                                break
                            }
                            if incomeCount > incomeLengths[position] { incomeLengths[position] = incomeCount }
                            if expenditureCount > expenditureLengths[position] { expenditureLengths[position] = expenditureCount }
                            var base = position * incomeWidth
                            for column in 0..<incomeCount {
                                guard let value = source[k].income[column] else { continue }
                                incomeCells.add(value, at: base + column)
                            }
                            base = position * expenditureWidth
                            for column in 0..<expenditureCount {
                                guard let value = source[k].expenditure[column] else { continue }
                                expenditureCells.add(value, at: base + column)
                            }
                            k += 1
                        }
                        return k
                    }
                }
                guard next < source.count else { break }
                // Line `next` is new (a row opened for it) or wider than the grids.
                let number = source[next].number
                if !(next < lines.count && lines[next].number == number) && index[number] == nil {
                    index[number] = lines.count
                    lines.append(source[next])
                    income.appendRow(length: 0)
                    expenditure.appendRow(length: 0)
                }
                income.ensureWidth(source[next].income.count)
                expenditure.ensureWidth(source[next].expenditure.count)
            }
        }
        income.makeAmounts()
        expenditure.makeAmounts()
        for position in lines.indices {
            lines[position].income = income.row(position)
            lines[position].expenditure = expenditure.row(position)
            lines[position].source = .none
        }
        return BalanceTable(header: header, lines: lines)
    }

    /// A classified table: the union of codes, summed. `tables` holds each table's rows;
    /// `note` gives the first of their notes (asked only when the sum is empty).
    static func classified(_ tables: [[ClassifiedRow]], id: TableID, header: TableHeader,
                           note: () -> String?) -> ClassifiedTable? {
        guard !tables.isEmpty else { return nil }
        let width = TableSchema.columns(of: id).count
        // Grid row 0 is the 合计; row i + 1 sums the code codes[i] (in order of first
        // appearance), found by the code's integer key (one table has one scheme).
        var grid = AmountGrid(width: width, rowCapacity: tables[0].count + 8)
        grid.appendRow(length: width)
        var hasTotal = false
        var codes: [SubjectCode] = []
        var names: [String] = []
        var position: [Int: Int] = [:]
        // Units print much the same codes in code order: the row that followed a row last
        // time is tried before the dictionary (`following[row]`, 0 when none yet).
        var following: [Int] = [0]
        following.reserveCapacity(tables[0].count + 8)
        // Each table's rows are placed and added in one pass over the grid while each has
        // its grid row already and fits the grid's width (amounts read from the rows inside
        // the loop: no reference count per row); a row that needs a new grid row or a wider
        // grid is placed outside the pass, which then goes on from it.
        for source in tables {
            var previous = 0
            var next = 0
            while next < source.count {
                next = grid.withCellsAndLengths { cells, lengths, width in
                    var index = next
                    while index < source.count {
                        let length = source[index].amounts.count
                        guard length <= width else { break }
                        let row: Int
                        if let code = source[index].code {
                            let expected = following[previous]
                            if expected > 0 && codes[expected - 1] == code {
                                row = expected
                            } else if previous &+ 1 != expected && previous < codes.count && codes[previous] == code {
                                // The row opened after `previous` (rows open in the order
                                // the first unit printed its codes).
                                row = previous &+ 1
                                following[previous] = row
                            } else if let found = position[code.numericKey] {
                                row = found
                                following[previous] = row
                            } else {
                                break
                            }
                            previous = row
                        } else {
                            hasTotal = true
                            row = 0
                        }
                        if length > lengths[row] { lengths[row] = length }
                        let base = row * width
                        for column in 0..<length {
                            guard let value = source[index].amounts[column] else { continue }
                            cells.add(value, at: base + column)
                        }
                        index += 1
                    }
                    return index
                }
                guard next < source.count else { break }
                // Row `next` has a new code (a grid row opened for it) or is wider than the grid.
                if let code = source[next].code, position[code.numericKey] == nil {
                    let row = grid.appendRow(length: width)
                    position[code.numericKey] = row
                    codes.append(code)
                    names.append(source[next].name)
                    following.append(0)
                }
                grid.ensureWidth(source[next].amounts.count)
            }
        }
        grid.makeAmounts()
        let order = codes.indices.sorted { codes[$0] < codes[$1] }
        var out: [ClassifiedRow] = []
        out.reserveCapacity(codes.count + 1)
        if hasTotal || !codes.isEmpty { out.append(ClassifiedRow(number: 1, code: nil, name: "合计", amounts: grid.row(0))) }
        for i in order {
            out.append(ClassifiedRow(number: out.count + 1, code: codes[i], name: names[i], amounts: grid.row(i + 1)))
        }
        let table = ClassifiedTable(header: header, rows: out)
        if table.isEmpty {
            return ClassifiedTable(header: header, rows: [], note: note())
        }
        return table
    }

    /// Labeled rows (T9, assets) summed by position.
    static func labeled(_ tables: [[LabeledRow]], template: [LabeledRow]) -> [LabeledRow] {
        var amounts = AmountGrid(width: template.first?.amounts.count ?? 0, rowCapacity: template.count)
        var quantities: [[Quantity?]] = []
        quantities.reserveCapacity(template.count)
        for row in template {
            amounts.appendRow(length: row.amounts.count)
            // (Copied from `repeatElement`: `Array(repeating:count:)` allocates through the
            // standard library's unspecialized code, which looks up the array's type each time.)
            quantities.append(Array(repeatElement(nil, count: row.quantities.count)))
        }
        for table in tables {
            let count = min(table.count, template.count)
            for position in 0..<count {
                amounts.fit(row: position, length: table[position].amounts.count)
                if !table[position].quantities.isEmpty { add(table[position].quantities, into: &quantities[position]) }
            }
            // Amounts read from the rows inside the loop (no reference count per row).
            amounts.withCells { cells, width in
                for position in 0..<count {
                    let base = position * width
                    for column in 0..<table[position].amounts.count {
                        guard let value = table[position].amounts[column] else { continue }
                        cells.add(value, at: base + column)
                    }
                }
            }
        }
        amounts.makeAmounts()
        return template.indices.map { position in
            LabeledRow(number: template[position].number, label: template[position].label,
                       amounts: amounts.row(position), quantities: quantities[position])
        }
    }

    /// Adds `b` to `out` element by element, in place; empty stays empty where both are.
    static func add(_ b: [Amount?], into out: inout [Amount?]) {
        if out.count < b.count { out += Array(repeating: nil, count: b.count - out.count) }
        for index in b.indices {
            guard let value = b[index] else { continue }
            out[index] = (out[index] ?? .zero) + value
        }
    }
}
