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

    /// The fact lines of `budget`, without the header and without line ends: one per
    /// non-empty amount cell, in the order and with the addresses of
    /// ``HuizongModel/Budget/forEachAmountCell(includeEmpty:claims:_:)``.
    public static func lines(for budget: Budget, level: String? = nil) -> [String] {
        let prefix = [level ?? (budget.scope == .unit ? "unit" : "department"), budget.code, budget.name]
            .map(csvField).joined(separator: ",")
        var lines: [String] = []
        budget.forEachAmountCell { cell in
            guard let value = cell.value else { return }
            let fields = [cell.address.table.rawValue, cell.address.row, cell.rowName, cell.address.column, value.text()]
            lines.append(prefix + "," + fields.map(csvField).joined(separator: ","))
        }
        return lines
    }

    /// The facts CSV of `budget`: the header line, then ``lines(for:level:)``, each
    /// ended by `\n`.
    public static func write(_ budget: Budget, level: String? = nil) -> String {
        var out = header + "\n"
        for line in lines(for: budget, level: level) { out += line; out += "\n" }
        return out
    }

    /// A field as CSV: quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break.
    static func csvField(_ text: String) -> String { CSV.field(text) }
}
