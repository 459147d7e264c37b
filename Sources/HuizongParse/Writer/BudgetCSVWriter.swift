import HuizongModel

/// A budget as one CSV file in the tables' own shape: for each table a title line, its
/// column headers and its rows, a blank line between tables. UTF-8 with a BOM so Excel
/// shows the Chinese text. Empty cells stay empty.
public enum BudgetCSVWriter {
    /// The CSV text of `budget`.
    public static func write(_ budget: Budget) -> String {
        var lines: [String] = []
        func amount(_ value: Amount?) -> String { value?.text() ?? "" }
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            lines.append(CSV.line([title]))
            lines.append(CSV.line(header))
            for row in rows { lines.append(CSV.line(row)) }
            lines.append("")
        }
        let prefix = budget.scope.rawValue + "预算"
        for id in TableID.nine {
            let title = "\(id.rawValue) \(prefix)\(id.titleStem)"
            if let t = budget.balance(id) {
                let income = id == .t1 ? TableSchema.t1Income : TableSchema.t4Income
                let spend = id == .t1 ? TableSchema.t1Expenditure : TableSchema.t4Expenditure
                table(title, ["序号", "收入项目"] + income + ["支出项目"] + spend, t.lines.map { line in
                    [String(line.number), line.incomeItem] + line.income.map(amount) + [line.expenditureItem] + line.expenditure.map(amount)
                })
            } else if let t = budget.classified(id) {
                table(title, ["序号", "科目编码", "科目名称"] + TableSchema.columns(of: id), t.rows.map { row in
                    [row.number.map(String.init) ?? "", row.code?.digits ?? "", row.name] + row.amounts.map(amount)
                })
            } else if id == .t9, let t = budget.t9 {
                table(title, ["序号", "项目"] + TableSchema.t9, t.rows.map { row in
                    [row.number.map(String.init) ?? "", row.label] + row.amounts.map(amount)
                })
            }
        }
        if let p = budget.procurement {
            table("P \(budget.scope.rawValue)政府采购预算",
                  ["项目名称", "预算资金", "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价"]
                    + TableSchema.procurementAmounts + ["预留中小微企业份额"],
                  p.rows.map { row in
                      [row.projectName, amount(row.projectBudget), row.itemName, row.catalogCode, row.measureUnit,
                       row.quantity?.description ?? "", amount(row.unitPrice)] + row.amounts.map(amount) + [amount(row.smeShare)]
                  })
        }
        if let a = budget.assets {
            table("A \(budget.scope.rawValue)固定资产占用情况表", ["项目", "数量", TableSchema.assetValue], a.rows.map { row in
                [row.label.trimmingAllWhitespace, row.quantities.first??.description ?? "", amount(row.amounts.first ?? nil)]
            })
        }
        if !budget.performance.isEmpty {
            table("G 绩效目标表", ["项目编码", "项目名称"] + Budget.performanceColumns, budget.performance.map { g in
                [g.projectCode, g.projectName, amount(g.budget), amount(g.fiscalFunds), amount(g.otherFunds)] + g.plan.map(amount)
            })
        }
        return CSV.byteOrderMark + lines.joined(separator: "\n") + "\n"
    }
}
