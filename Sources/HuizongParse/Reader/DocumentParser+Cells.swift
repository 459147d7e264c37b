import HuizongModel

/// Reading single cells: text, amounts, quantities, row numbers, header fields.
extension DocumentParser {
    func abort(_ problem: ReadProblem, line: Int, table: TableID?, row: String? = nil, column: String? = nil) -> TableAbort {
        TableAbort(diagnostic: ReadDiagnostic(file: file, line: line, table: table, row: row, column: column, problem: problem))
    }

    /// The cell's text.
    func string(_ cell: Cell) -> String { cursor.string(cell) }

    /// An amount cell: empty → nil; at most `maxDecimals` decimals.
    func amount(_ cell: Cell, table: TableID, row: @autoclosure () -> String, column: String, maxDecimals: Int = 2) throws(TableAbort) -> Amount? {
        if cell.range.isEmpty && cell.more.isEmpty { return nil }
        let bytes = text.bytes[cell.range]
        if cell.more.isEmpty {
            switch Amount.parse(utf8: bytes, unit: .wanYuan, maxDecimals: maxDecimals) {
            case .success(let value): return value
            case .failure(let problem):
                let raw = string(cell)
                if raw.removingWhitespace.isEmpty { return nil }
                throw abort(Self.problem(problem, raw), line: cell.line, table: table, row: row(), column: column)
            }
        }
        let raw = string(cell)
        if raw.removingWhitespace.isEmpty { return nil }
        throw abort(.notAnAmount(raw), line: cell.line, table: table, row: row(), column: column)
    }

    static func problem(_ problem: Amount.TextProblem, _ raw: String) -> ReadProblem {
        switch problem {
        case .notANumber: .notAnAmount(raw)
        case .tooManyDecimals(_, let allowed): .tooManyDecimals(raw, allowed: allowed)
        case .outOfRange: .amountOutOfRange(raw)
        }
    }

    /// A quantity cell: empty → nil.
    func quantity(_ cell: Cell, table: TableID, row: String, column: String) throws(TableAbort) -> Quantity? {
        let raw = string(cell)
        let trimmed = raw.removingWhitespace
        if trimmed.isEmpty { return nil }
        guard let value = Quantity.parse(Substring(trimmed)) else {
            throw abort(.notAQuantity(raw), line: cell.line, table: table, row: row, column: column)
        }
        return value
    }

    /// A 序号 cell: a small non-negative integer, or nil when empty.
    func rowNumber(_ cell: Cell) -> Int?? {
        if cell.range.isEmpty { return .some(nil) }
        var value = 0
        for b in text.bytes[cell.range] {
            guard b >= 0x30 && b <= 0x39, value < 1_000_000 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return .some(value)
    }

    /// Checks a 序号 cell against the expected number.
    func expectRowNumber(_ cell: Cell, _ expected: Int, table: TableID) throws(TableAbort) -> Int {
        guard case .some(.some(let number)) = rowNumber(cell), number == expected else {
            throw abort(.badRowNumber(expected: expected, found: string(cell)), line: cell.line, table: table, row: "序号\(expected)")
        }
        return number
    }

    /// Reads the next cell; the table ends early when there is none.
    mutating func requireCell(table: TableID, expecting what: String, multiline: Bool = false) throws(TableAbort) -> Cell {
        guard let cell = cursor.nextCell(multiline: multiline, titles: TitleMatcher.isTitle) else {
            let line = (cursor.peekIndex() ?? text.lineCount - 1) + 1
            throw abort(.truncated(expected: "“\(what)”"), line: line, table: table)
        }
        return cell
    }

    /// Reads a cell that must hold the template's label `label`.
    mutating func expectLabel(_ label: String, table: TableID) throws(TableAbort) -> Cell {
        let cell = try requireCell(table: table, expecting: label)
        let found = string(cell)
        guard TitleMatcher.key(found) == TitleMatcher.key(label) else {
            throw abort(.expectedLabel(expected: label, found: found), line: cell.line, table: table)
        }
        return cell
    }

    /// Reads the header cells after a title: the unit line, then 预算年度 / 单位 / 截止时间.
    mutating func readHeader(_ id: TableID, scope: BudgetScope, titleLine: Int) throws(TableAbort) -> TableHeader {
        let first = try requireCell(table: id, expecting: "单位编码和名称")
        let unitLine = string(first)
        var digits = 0
        for b in unitLine.utf8 { if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
        guard digits >= 3, digits < unitLine.utf8.count else {
            throw abort(.badHeader(expected: "单位编码和名称（如 323003秦皇岛市海港区社会保险事业所）", found: unitLine),
                        line: first.line, table: id)
        }
        let code = String(unitLine.utf8.prefix(digits))!
        let name = String(unitLine.utf8.dropFirst(digits))!.trimmingAllWhitespace
        var header = TableHeader(scope: scope, unitCode: code, unitName: name, source: SourceLocation(line: titleLine + 1))
        while true {
            let saved = cursor.position
            guard let cell = cursor.nextCell() else { break }
            guard let (key, value) = Self.field(string(cell)) else { cursor.position = saved; break }
            switch key {
            case "预算年度":
                guard let year = Int(value), (1990...2200).contains(year) else {
                    throw abort(.badHeader(expected: "预算年度：四位年份", found: string(cell)), line: cell.line, table: id)
                }
                header.budgetYear = year
            case "单位", "金额单位": header.currency = value
            case "截止时间": header.asOf = value
            default: cursor.position = saved; return header
            }
        }
        return header
    }

    /// Splits `预算年度：2025` (either colon) into key and value.
    static func field(_ text: String) -> (String, String)? {
        for separator in ["：", ":"] {
            if let range = text.range(of: separator) {
                let key = text[..<range.lowerBound].removingWhitespace
                guard ["预算年度", "单位", "金额单位", "截止时间"].contains(key) else { return nil }
                return (key, text[range.upperBound...].trimmingAllWhitespace)
            }
        }
        return nil
    }

    /// Skips the column headers of T1…T9 up to and including the 栏次 row.
    mutating func skipColumnHeaders(_ id: TableID, width: Int) throws(TableAbort) {
        while true {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                let line = (cursor.peekIndex() ?? text.lineCount - 1) + 1
                throw abort(.badHeader(expected: "以“栏次”开头的栏次行", found: "表头结束"), line: line, table: id)
            }
            if TitleMatcher.key(string(cell)) == "栏次" { break }
        }
        for column in 1..<width {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                throw abort(.truncated(expected: "栏次 \(column)"), line: cursor.position, table: id)
            }
            guard case .some(.some(let number)) = rowNumber(cell), number == column else {
                throw abort(.badHeader(expected: "栏次 \(column)", found: string(cell)), line: cell.line, table: id)
            }
        }
    }
}
