import HuizongModel

/// A function code carries the same name in T2, T3, T5, T7 and T8.
struct StructureCodeNameConsistentRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_code_name_consistent", table: .t2, severity: .warning,
        summary: "同一功能分类科目编码在收入总表、支出总表和各财政拨款支出表中名称一致",
        summaryEnglish: "A function code carries the same name in T2, T3, T5, T7 and T8",
        rationale: "科目编码与名称一一对应；同一编码名称不同，说明编码或名称有一处填错。",
        rationaleEnglish: "Codes and names correspond one to one; a code with two names means one of them is wrong.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("T5 20801 名称改为“人力资源和社会保障管理”", { budget in
                guard let index = budget.t5?.rows.firstIndex(where: { $0.code?.digits == "20801" }) else { return }
                budget.t5?.rows[index].name = "人力资源和社会保障管理"
            }),
        ])

    static let tables: [TableID] = [.t2, .t3, .t5, .t7, .t8]

    func check(_ check: inout RuleCheck) {
        let budget = check.budget
        for (index, id) in Self.tables.enumerated() {
            guard let table = budget.classified(id) else { continue }
            for row in table.rows {
                guard let code = row.code else { continue }
                check.passed()
                // The first earlier table printing the code gives the name to agree with.
                for earlier in Self.tables[..<index] {
                    guard let other = budget.classified(earlier)?.row(code) else { continue }
                    if !StructureText.equal(other.name, row.name) && !StructureText.equal(StructureText.key(other.name), StructureText.key(row.name)) {
                        check.fail(.classified(id, row, 0),
                                   message: "\(id.label) 科目 \(code.digits) 名称为“\(row.name)”，而 \(earlier.label) 中同一编码名称为“\(other.name)”：同一科目编码应使用同一名称")
                    }
                    break
                }
            }
        }
    }
}
