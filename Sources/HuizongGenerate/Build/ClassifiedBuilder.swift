import HuizongModel

/// Sums amounts by classification code and prints them as the rows of a classified
/// table: the 合计 row, then each 类, 款 and 项 (economic: 类 and 款) in code order, every
/// parent the sum of its children, column by column.
struct ClassifiedBuilder {
    /// The scheme of the codes added.
    let scheme: SubjectCode.Scheme
    /// Number of amount columns.
    let columns: Int
    /// Leaf code → column values.
    private(set) var leaves: [String: [Hundredths]] = [:]

    init(_ scheme: SubjectCode.Scheme, columns: Int) {
        self.scheme = scheme
        self.columns = columns
    }

    /// Adds `amount` to `column` (and to each of `alsoTo`) of leaf `code`.
    mutating func add(_ code: String, _ column: Int, _ amount: Hundredths, alsoTo: [Int] = []) {
        guard amount != 0 else { return }
        var values = leaves[code] ?? Array(repeating: 0, count: columns)
        values[column] += amount
        for other in alsoTo { values[other] += amount }
        leaves[code] = values
    }

    /// True when nothing was added.
    var isEmpty: Bool { leaves.isEmpty }

    /// The totals per code, leaves and their ancestors.
    var totals: [String: [Hundredths]] {
        var sums: [String: [Hundredths]] = [:]
        for (code, values) in leaves {
            var ancestors = [code]
            if code.count >= 5 { ancestors.append(String(code.prefix(3))) }
            if code.count == 7 { ancestors.append(String(code.prefix(5))) }
            for key in ancestors {
                var sum = sums[key] ?? Array(repeating: 0, count: columns)
                for index in 0..<columns { sum[index] += values[index] }
                sums[key] = sum
            }
        }
        return sums
    }

    /// The grand total per column.
    var grandTotal: [Hundredths] {
        var sum = Array(repeating: Hundredths(0), count: columns)
        for values in leaves.values { for index in 0..<columns { sum[index] += values[index] } }
        return sum
    }

    /// The rows: 合计 first (numbered 1), then every code in text order (pre-order).
    /// Empty when nothing was added (the table is printed empty, 空表列示).
    func rows() -> [ClassifiedRow] {
        guard !leaves.isEmpty else { return [] }
        var rows = [ClassifiedRow(number: 1, code: nil, name: "合计", amounts: grandTotal.map(\.cell))]
        let sums = totals
        for code in sums.keys.sorted() {
            let subject = SubjectCode(code, scheme: scheme)!
            let name = scheme == .function ? FunctionCodes.name(code) : EconomicCodes.name(code)
            rows.append(ClassifiedRow(number: rows.count + 1, code: subject, name: name, amounts: sums[code]!.map(\.cell)))
        }
        return rows
    }

    /// The classified table with these rows; an empty one carries `emptyNote`.
    func table(_ header: TableHeader, emptyNote: String? = nil) -> ClassifiedTable {
        let rows = rows()
        return ClassifiedTable(header: header, rows: rows, note: rows.isEmpty ? emptyNote : nil)
    }
}
