import HuizongModel

/// Flattens a ``Budget`` to facts: one CSV line per non-empty amount cell.
///
/// Columns: `level,code,name,table,row,row_name,column,amount`.
/// - `level`: `unit` for a 单位 budget, `department` for a 部门 one, unless given.
/// - `table`: ``TableID/rawValue`` (`T1`…`T9`, `P`, `A`, `G`).
/// - `row`: the classification code where the row has one (T2, T3, T5…T8), else its
///   序号 (T1/T4 lines, T9 rows, the 合计 row of a classified table); the 1-based
///   position in P and A; the project code in G.
/// - `row_name`: the row's name or label (T1/T4: the item of the side the column is
///   on; P items: `projectName/itemName`).
/// - `column`: the column name from ``TableSchema``.
/// - `amount`: ``Amount/text(in:minimumDecimals:)`` (`1047.65`; `0.00` is a fact,
///   an empty cell is not).
///
/// Lines follow document order: tables T1…T9, P, A, G; rows in order; columns left
/// to right. Fields holding a comma, a quote or a line break are quoted (RFC 4180).
public enum FactsWriter {
    /// The CSV header line.
    public static let header = "level,code,name,table,row,row_name,column,amount"

    /// The G (绩效目标表) columns: budget split, then the cumulative spending plan.
    static let performanceColumns = ["预算数", "其中：财政资金", "其他资金"] + PerformanceTable.planLabels

    /// The fact lines of `budget`, without the header and without line ends.
    public static func lines(for budget: Budget, level: String? = nil) -> [String] {
        var sink = FactSink(level: level ?? (budget.scope == .unit ? "unit" : "department"),
                            code: budget.code, name: budget.name)
        if let table = budget.t1 { balance(table, .t1, TableSchema.t1Income, TableSchema.t1Expenditure, &sink) }
        for id in [TableID.t2, .t3] {
            if let table = budget.classified(id) { classified(table, id, &sink) }
        }
        if let table = budget.t4 { balance(table, .t4, TableSchema.t4Income, TableSchema.t4Expenditure, &sink) }
        for id in [TableID.t5, .t6, .t7, .t8] {
            if let table = budget.classified(id) { classified(table, id, &sink) }
        }
        if let table = budget.t9 {
            for (position, row) in table.rows.enumerated() {
                let key = String(row.number ?? position + 1)
                sink.add(.t9, key, row.label, TableSchema.t9, row.amounts)
            }
        }
        if let table = budget.procurement {
            for (position, row) in table.rows.enumerated() {
                let rowName = row.kind == .item ? row.projectName + "/" + row.itemName : row.projectName
                let key = String(position + 1)
                sink.add(.procurement, key, rowName, ["预算资金", "单价"], [row.projectBudget, row.unitPrice])
                sink.add(.procurement, key, rowName, TableSchema.procurementAmounts, row.amounts)
                sink.add(.procurement, key, rowName, ["预留中小微企业份额"], [row.smeShare])
            }
        }
        if let table = budget.assets {
            for (position, row) in table.rows.enumerated() {
                sink.add(.assets, String(position + 1), row.label, [TableSchema.assetValue],
                         [row.amounts.first ?? nil])
            }
        }
        for table in budget.performance {
            let values = [table.budget, table.fiscalFunds, table.otherFunds] + table.plan
            sink.add(.performance, table.projectCode, table.projectName, performanceColumns, values)
        }
        return sink.lines
    }

    /// The facts CSV of `budget`: the header line, then ``lines(for:level:)``, each
    /// ended by `\n`.
    public static func write(_ budget: Budget, level: String? = nil) -> String {
        var out = header + "\n"
        for line in lines(for: budget, level: level) { out += line; out += "\n" }
        return out
    }

    /// T1 or T4: per line the income columns (named by the income item), then the
    /// expenditure columns (named by the expenditure item).
    private static func balance(_ table: BalanceTable, _ id: TableID, _ incomeColumns: [String],
                                _ expenditureColumns: [String], _ sink: inout FactSink) {
        for line in table.lines {
            let key = String(line.number)
            sink.add(id, key, line.incomeItem, incomeColumns, line.income)
            sink.add(id, key, line.expenditureItem, expenditureColumns, line.expenditure)
        }
    }

    /// A classified table: keyed by code, the 合计 row by its 序号.
    private static func classified(_ table: ClassifiedTable, _ id: TableID, _ sink: inout FactSink) {
        let columns = TableSchema.columns(of: id)
        for (position, row) in table.rows.enumerated() {
            let key = row.code?.digits ?? String(row.number ?? position + 1)
            sink.add(id, key, row.name, columns, row.amounts)
        }
    }

    /// A field as CSV: quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}

/// Accumulates fact lines for one budget.
private struct FactSink {
    let level: String
    let code: String
    let name: String
    private(set) var lines: [String] = []

    init(level: String, code: String, name: String) {
        self.level = level; self.code = code; self.name = name
    }

    /// One line per non-empty amount in `amounts`, named by `columns` (by position;
    /// a column beyond the schema is named by its 1-based position).
    mutating func add(_ table: TableID, _ row: String, _ rowName: String, _ columns: [String], _ amounts: [Amount?]) {
        for (index, value) in amounts.enumerated() {
            guard let value else { continue }
            let column = index < columns.count ? columns[index] : String(index + 1)
            let fields = [level, code, name, table.rawValue, row, rowName, column, value.text()]
            lines.append(fields.map(FactsWriter.csvField).joined(separator: ","))
        }
    }
}
