import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRollup

/// T1/T4 and the classified tables are summed in one pass over the amount grids, with a
/// line or row that needs a new grid row or a wider grid placed outside the pass: the sums
/// must be those of adding each line's or row's amounts to its own list, for lines out of
/// order, new lines, new codes anywhere, rows wider than any before, totals and empty cells.
@Suite struct BudgetSumGridTests {
    static let header = TableHeader(scope: .department, unitCode: "001", unitName: "测试", budgetYear: 2025, currency: "万元")

    static func amounts(_ count: Int, _ random: inout SeededRandom) -> [Amount?] {
        (0..<count).map { _ in random.next() % 3 == 0 ? nil : Amount(fen: Int64(random.next() % 2_000_001) - 1_000_000) }
    }

    /// T1/T4 summed line by line as lists (the first table's lines, then new ones in order of appearance).
    static func referenceBalance(_ tables: [[BalanceLine]]) -> BalanceTable {
        var lines = tables[0]
        var income = lines.map { Array(repeating: Amount?.none, count: $0.income.count) }
        var expenditure = lines.map { Array(repeating: Amount?.none, count: $0.expenditure.count) }
        var index: [Int: Int] = [:]
        for position in lines.indices { index[lines[position].number] = position }
        for source in tables {
            for k in source.indices {
                let number = source[k].number
                let position: Int
                if k < lines.count && lines[k].number == number {
                    position = k
                } else if let found = index[number] {
                    position = found
                } else {
                    position = lines.count
                    index[number] = position
                    lines.append(source[k])
                    income.append([])
                    expenditure.append([])
                }
                BudgetSum.add(source[k].income, into: &income[position])
                BudgetSum.add(source[k].expenditure, into: &expenditure[position])
            }
        }
        for position in lines.indices {
            lines[position].income = income[position]
            lines[position].expenditure = expenditure[position]
            lines[position].source = .none
        }
        return BalanceTable(header: header, lines: lines)
    }

    @Test(arguments: 0..<40)
    func balanceSumsEveryLine(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &* 7_919 &+ 3)
        let tableCount = 1 + Int(random.next() % 6)
        let tables: [[BalanceLine]] = (0..<tableCount).map { _ in
            var numbers = Array(1...(3 + Int(random.next() % 10)))
            if random.next() % 3 == 0 { numbers.swapAt(0, numbers.count - 1) }
            if random.next() % 4 == 0 { numbers.remove(at: Int(random.next() % UInt64(numbers.count))) }
            if random.next() % 4 == 0 { numbers.append(20 + Int(random.next() % 5)) }
            return numbers.map { number in
                BalanceLine(number: number, incomeItem: "收入\(number)", income: Self.amounts(Int(random.next() % 3), &random),
                            expenditureItem: "支出\(number)", expenditure: Self.amounts(Int(random.next() % 6), &random),
                            source: SourceLocation(line: number))
            }
        }
        #expect(BudgetSum.balance(tables, header: Self.header) == Self.referenceBalance(tables))
    }

    /// A classified table summed as lists: 合计, then the codes in code order, each named
    /// as first printed; every row at least as wide as the table's columns.
    static func referenceClassified(_ tables: [[ClassifiedRow]], id: TableID) -> ClassifiedTable {
        let width = TableSchema.columns(of: id).count
        var total: [Amount?] = Array(repeating: nil, count: width)
        var hasTotal = false
        var sums: [SubjectCode: [Amount?]] = [:]
        var names: [SubjectCode: String] = [:]
        for source in tables {
            for row in source {
                guard let code = row.code else {
                    hasTotal = true
                    BudgetSum.add(row.amounts, into: &total)
                    continue
                }
                if sums[code] == nil { sums[code] = Array(repeating: nil, count: width); names[code] = row.name }
                BudgetSum.add(row.amounts, into: &sums[code]!)
            }
        }
        var rows: [ClassifiedRow] = []
        if hasTotal || !sums.isEmpty { rows.append(ClassifiedRow(number: 1, code: nil, name: "合计", amounts: total)) }
        for code in sums.keys.sorted() {
            rows.append(ClassifiedRow(number: rows.count + 1, code: code, name: names[code]!, amounts: sums[code]!))
        }
        let table = ClassifiedTable(header: header, rows: rows)
        return table.isEmpty ? ClassifiedTable(header: header, rows: [], note: "注") : table
    }

    @Test(arguments: 0..<40)
    func classifiedSumsEveryCode(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &* 104_729 &+ 11)
        let id: TableID = seed % 2 == 0 ? .t2 : .t6
        let width = TableSchema.columns(of: id).count
        let pool = id == .t6 ? ["301", "30101", "30102", "302", "30201", "303", "310", "31002"]
                             : ["201", "20101", "2010101", "2010102", "205", "20502", "2050201", "208", "20805", "2080505"]
        let tables: [[ClassifiedRow]] = (0..<(1 + Int(random.next() % 6))).map { table in
            var codes = pool.filter { _ in random.next() % 4 != 0 }
            if random.next() % 3 == 0 { codes.reverse() }
            var rows: [ClassifiedRow] = []
            if random.next() % 4 != 0 {
                rows.append(ClassifiedRow(number: 1, code: nil, name: "合计", amounts: Self.amounts(Int(random.next() % UInt64(width + 3)), &random)))
            }
            for digits in codes {
                let code = SubjectCode(digits, scheme: TableSchema.scheme(of: id))!
                // Mostly the table's width; sometimes narrower, sometimes wider than any row before.
                let count = random.next() % 5 == 0 ? Int(random.next() % UInt64(width + 4)) : width
                rows.append(ClassifiedRow(number: rows.count + 1, code: code, name: "\(digits)名\(table)",
                                          amounts: Self.amounts(count, &random)))
            }
            return rows
        }
        #expect(BudgetSum.classified(tables, id: id, header: Self.header, note: { "注" }) == Self.referenceClassified(tables, id: id))
    }

    /// The grid keeps a sum in 分 and whether anything was added: a cell whose amounts
    /// cancel out is 0.00, a cell nothing was added to stays empty, and widening the grid
    /// keeps every sum and flag.
    @Test func gridCellsKeepEmptyApartFromZero() {
        var grid = AmountGrid(width: 2)
        grid.appendRow(length: 2)
        grid.appendRow(length: 1)
        grid.withCells { cells, width in
            cells.add(Amount(fen: 700), at: 0)
            cells.add(Amount(fen: -700), at: 0)
            cells.add(Amount(fen: 5), at: width)
        }
        grid.fit(row: 1, length: 3)
        grid.withCells { cells, width in cells.add(Amount(fen: 9), at: width + 2) }
        grid.makeAmounts()
        #expect(grid.row(0) == [Amount(fen: 0), nil])
        #expect(grid.row(1) == [Amount(fen: 5), nil, Amount(fen: 9)])
    }

    @Test func emptyTablesKeepTheirNote() {
        let rows = [ClassifiedRow(number: 1, code: nil, name: "合计", amounts: [nil, nil])]
        let sum = BudgetSum.classified([rows, []], id: .t5, header: Self.header, note: { "注：空表列示。" })
        #expect(sum == ClassifiedTable(header: Self.header, rows: [], note: "注：空表列示。"))
    }
}
