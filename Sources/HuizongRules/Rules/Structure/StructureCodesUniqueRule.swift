import HuizongModel

/// In each classified table a code is printed once, and there is at most one 合计 row.
struct StructureCodesUniqueRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_codes_unique", table: .t2,
        summary: "收入总表、支出总表、T5 至 T8 中每个科目编码只列一次，合计行只有一行",
        summaryEnglish: "In T2, T3 and T5–T8 each code is printed once and there is one total row",
        rationale: "重复列示的科目会使逐级汇总和表间核对重复计算或对错行。",
        rationaleEnglish: "A repeated code double-counts in the roll-up and makes cross-table matches ambiguous.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("T3 重复列出 2101102 行", { budget in
                guard let row = budget.t3?.rows.first(where: { $0.code?.digits == "2101102" }) else { return }
                budget.t3?.rows.append(row)
            }),
            .fails("T6 出现两行合计", { budget in
                guard let row = budget.t6?.totalRow else { return }
                budget.t6?.rows.append(row)
            }),
        ])

    static let tables: [TableID] = [.t2, .t3, .t5, .t6, .t7, .t8]

    func check(_ check: inout RuleCheck) {
        for id in Self.tables {
            guard let table = check.subject.classified(id) else { continue }
            let rows = table.rows, codeKeys = check.subject.codeKeys(id)
            // Codes in increasing order are all different: only the 合计 rows are counted.
            if codeKeys.codesIncrease && codeKeys.keys.count(where: { $0 < 0 }) <= 1 {
                for _ in rows.indices { check.passed() }
                continue
            }
            for index in rows.indices {
                check.passed()
                let code = rows[index].code
                // Equal codes have equal keys: only rows with the same key are compared.
                guard (0..<index).contains(where: { codeKeys.key($0) == codeKeys.key(index) && rows[$0].code == code }) else { continue }
                let row = rows[index]
                let what = code.map { "科目 \($0.digits) \(row.name)" } ?? "合计行"
                check.fail(.classified(id, row, 0), message: "\(id.label) \(what) 重复列示：每个科目只应列一行")
            }
        }
    }
}
