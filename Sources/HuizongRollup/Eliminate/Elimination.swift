import HuizongModel

/// Eliminates internal flows between the units of one department (合并).
///
/// A plain sum counts a subsidy twice: once as 对附属单位补助支出 of the parent (T3) and
/// once as 上级补助收入 of the subordinate (T2); likewise 上解上级支出 against
/// 附属单位上缴收入. Flows are matched per function code (the units' leaf rows); the
/// matched amount is removed from both sides in T2, T3 and T1 (rows, their parents, the
/// 合计 rows and the totals), so the consolidated view still foots. Differences stay
/// and are listed in the ledger.
public enum Elimination {
    /// The consolidated budget and the ledger of `members` whose plain sum is `sum`.
    public static func consolidate(_ members: [Budget], sum: Budget) -> (Budget, EliminationLedger) {
        let specs: [(EliminationLedger.Kind, income: Int, expenditure: Int)] = [
            (.subsidy, TableSchema.T2.superior.rawValue, TableSchema.T3.subsidy.rawValue),
            (.remittance, TableSchema.T2.affiliated.rawValue, TableSchema.T3.remittance.rawValue),
        ]
        var pairs: [EliminationLedger.Pair] = []
        for (kind, incomeColumn, expenditureColumn) in specs {
            var income: [SubjectCode: (Amount, Set<String>)] = [:]
            var expenditure: [SubjectCode: (Amount, Set<String>)] = [:]
            var names: [SubjectCode: String] = [:]
            for budget in members {
                for (code, name, value) in leafValues(budget.t2?.rows, column: incomeColumn) {
                    let current = income[code] ?? (.zero, [])
                    income[code] = (current.0 + value, current.1.union([budget.code]))
                    names[code] = name
                }
                for (code, name, value) in leafValues(budget.t3?.rows, column: expenditureColumn) {
                    let current = expenditure[code] ?? (.zero, [])
                    expenditure[code] = (current.0 + value, current.1.union([budget.code]))
                    names[code] = name
                }
            }
            for code in Set(income.keys).union(expenditure.keys).sorted() {
                let i = income[code] ?? (.zero, []), e = expenditure[code] ?? (.zero, [])
                pairs.append(EliminationLedger.Pair(kind: kind, functionCode: code.digits, functionName: names[code] ?? "",
                                                    income: i.0, incomeUnits: i.1.sorted(),
                                                    expenditure: e.0, expenditureUnits: e.1.sorted()))
            }
        }
        var consolidated = sum
        consolidated.name = sum.name + "（合并）"
        for pair in pairs where pair.matched != .zero {
            let code = SubjectCode(pair.functionCode, scheme: .function)!
            let (incomeColumn, expenditureColumn) = pair.kind == .subsidy
                ? (TableSchema.T2.superior.rawValue, TableSchema.T3.subsidy.rawValue)
                : (TableSchema.T2.affiliated.rawValue, TableSchema.T3.remittance.rawValue)
            subtract(pair.matched, from: &consolidated.t2, code: code,
                     columns: [incomeColumn, TableSchema.T2.subtotal.rawValue, TableSchema.T2.total.rawValue])
            subtract(pair.matched, from: &consolidated.t3, code: code,
                     columns: [expenditureColumn, TableSchema.T3.total.rawValue])
            adjustT1(&consolidated.t1, by: pair.matched, category: code.category, categoryName: categoryName(sum.t3, code.category))
        }
        return (consolidated, EliminationLedger(departmentCode: sum.code, pairs: pairs))
    }

    /// Non-zero values of `column` on the leaf rows (rows without printed children) of a
    /// table's `rows` (the rows alone: a copy of the table costs a reference count per
    /// header field).
    static func leafValues(_ rows: [ClassifiedRow]?, column: Int) -> [(SubjectCode, String, Amount)] {
        guard let rows else { return [] }
        // Most units have no internal flow at all: then no row is looked at twice.
        var anyValue = false
        for index in rows.indices where rows[index].code != nil {
            if let value = rows[index].amounts[column], value != .zero { anyValue = true; break }
        }
        guard anyValue else { return [] }
        var parents = Set<Int>(minimumCapacity: rows.count)
        for index in rows.indices { if let key = rows[index].code?.parentNumericKey { parents.insert(key) } }
        var leaves: [(SubjectCode, String, Amount)] = []
        for index in rows.indices {
            guard let code = rows[index].code, !parents.contains(code.numericKey),
                  let value = rows[index].amounts[column], value != .zero else { continue }
            leaves.append((code, rows[index].name, value))
        }
        return leaves
    }

    /// Subtracts `amount` in `columns` from row `code`, its ancestors and the 合计 row.
    static func subtract(_ amount: Amount, from table: inout ClassifiedTable?, code: SubjectCode, columns: [Int]) {
        guard var value = table else { return }
        var affected: Set<SubjectCode> = [code]
        var parent = code.parent
        while let p = parent { affected.insert(p); parent = p.parent }
        for index in value.rows.indices where value.rows[index].code.map(affected.contains) ?? true {
            for column in columns { value.rows[index].amounts[column] = value.rows[index].amounts[column].orZero - amount }
        }
        table = value
    }

    /// T1: the income item 五 and the category line lose `amount`, and so do the totals.
    static func adjustT1(_ t1: inout BalanceTable?, by amount: Amount, category: SubjectCode, categoryName: String?) {
        guard var table = t1 else { return }
        for index in table.lines.indices {
            let income = table.lines[index].incomeItem.removingWhitespace
            if income.hasPrefix("五、") || ["本年收入合计", "收入总计"].contains(income) {
                table.lines[index].income[0] = table.lines[index].income[0].orZero - amount
            }
            let spend = table.lines[index].expenditureItem.removingWhitespace
            let isCategory = categoryName.map { spend.hasSuffix("、" + $0) } ?? false
            if isCategory || ["本年支出合计", "支出总计"].contains(spend) {
                table.lines[index].expenditure[0] = table.lines[index].expenditure[0].orZero - amount
            }
        }
        t1 = table
    }

    /// The name of 类 `category` in T3.
    static func categoryName(_ t3: ClassifiedTable?, _ category: SubjectCode) -> String? {
        t3?.rows.first { $0.code == category }?.name.removingWhitespace
    }
}
