import HuizongModel

/// T1 has lines numbered 1…34 and T4 lines 1…37, in order.
struct StructureBalanceLineNumbersRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_balance_line_numbers", table: .t1, severity: .warning,
        summary: "收支总表有序号 1 至 34 的行，财政拨款收支总表有序号 1 至 37 的行",
        summaryEnglish: "T1 has lines numbered 1…34 and T4 lines 1…37",
        rationale: "两张总表的行次由模板固定；行数或序号不符说明表格被改动或读取有误，按行次的核对可能对错行。",
        rationaleEnglish: "The template fixes both tables' lines; other numbering means the table was altered or misread.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("T1 第 5 行序号印为 6", { budget in budget.t1?.lines[4].number = 6 }),
            .fails("T4 缺少最后一行", { budget in budget.t4?.lines.removeLast() }),
        ])

    /// The balance tables and their line counts.
    static let tables: [(id: TableID, count: Int)] = [(.t1, 34), (.t4, 37)]

    func check(_ check: inout RuleCheck) {
        for (id, count) in Self.tables {
            guard let table = check.subject.balance(id) else { continue }
            check.passed()
            if table.lines.count != count {
                check.fail(.table(id, line: table.header.source.line),
                           message: "\(id.label) 应有序号 1 至 \(count) 共 \(count) 行，实有 \(table.lines.count) 行")
                continue
            }
            if let index = table.lines.indices.first(where: { table.lines[$0].number != $0 + 1 }) {
                let line = table.lines[index]
                check.fail(.table(id, line: line.source.line),
                           message: "\(id.label) 第 \(index + 1) 行序号印为 \(line.number)：序号应依次为 1 至 \(count)")
            }
        }
    }
}
