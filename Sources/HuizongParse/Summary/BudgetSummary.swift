import HuizongModel

/// A short human summary of a budget: who, which year, the T1 totals, and how much of
/// each table was read. What `huizong parse` prints by default.
public enum BudgetSummary {
    /// The summary lines for `result`.
    public static func lines(for result: ReadResult) -> [String] {
        var out: [String] = []
        let layout = result.layout.map { $0 == .tab ? "制表符格式" : "竖线格式" } ?? "未知格式"
        out.append("文件：\(result.file)（\(result.encoding?.rawValue ?? "未知编码")，\(layout)，\(result.byteCount) 字节）")
        guard let budget = result.budget else {
            out.append("未能读入预算。")
            return out
        }
        out.append("单位：\(budget.code) \(budget.name)（\(budget.scope.rawValue)预算）")
        out.append("预算年度：\(budget.year.map(String.init) ?? "未注明")　金额单位：\(budget.currency)")
        if let t1 = budget.t1 {
            func income(_ label: String) -> String { t1.line(income: label).flatMap { $0.income[0] }.map { $0.text() } ?? "（空）" }
            func spend(_ label: String) -> String { t1.line(expenditure: label).flatMap { $0.expenditure[0] }.map { $0.text() } ?? "（空）" }
            out.append("T1 收支总表：本年收入合计 \(income("本年收入合计"))，上年结转结余 \(income("上年结转结余"))，收入总计 \(income("收入总计"))")
            out.append("　　　　　　　本年支出合计 \(spend("本年支出合计"))，年终结转结余 \(spend("年终结转结余"))，支出总计 \(spend("支出总计"))")
        }
        var counts: [String] = []
        for id in TableID.nine {
            if let table = budget.balance(id) { counts.append("\(id.rawValue) \(table.lines.count)行") }
            else if let table = budget.classified(id) { counts.append("\(id.rawValue) \(table.rows.count)行") }
            else if id == .t9, let table = budget.t9 { counts.append("T9 \(table.rows.count)行") }
            else if result.unreadTables[id] != nil { counts.append("\(id.rawValue) 未能读入") }
            else { counts.append("\(id.rawValue) 缺") }
        }
        out.append("九张表：" + counts.joined(separator: "，"))
        out.append("绩效目标表：\(budget.performance.count) 个项目")
        if let p = budget.procurement {
            let total = p.totalRow.flatMap { $0.amounts[0] }.map { $0.text() } ?? "（空）"
            out.append("政府采购预算：\(p.items.count) 项，合计 \(total)")
        } else {
            out.append("政府采购预算：缺")
        }
        if let a = budget.assets {
            let total = a.row(containing: "资产总额").flatMap { $0.amounts[0] }.map { $0.text() } ?? "（空）"
            out.append("固定资产占用情况表：\(a.rows.count) 行，资产总额 \(total)")
        } else {
            out.append("固定资产占用情况表：缺")
        }
        if let n = budget.narrative {
            out.append("情况说明：\(n.paragraphs.count) 段，引用数字 \(n.claims.count) 处")
        } else {
            out.append("情况说明：缺")
        }
        let errors = result.errors.count
        let warnings = result.diagnostics.count - errors
        out.append(errors == 0 && warnings == 0 ? "读入完整，无问题。" : "问题：错误 \(errors) 个，警告 \(warnings) 个。")
        return out
    }
}
