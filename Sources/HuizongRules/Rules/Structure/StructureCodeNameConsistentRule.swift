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
        // Each table's rows, fetched once; rows are compared in place.
        let subject = check.subject
        // The tables' rows and keys kept on the stack (two arrays per unit otherwise).
        let tables = InlineArray<5, [ClassifiedRow]?> { subject.classified(Self.tables[$0])?.rows }
        let keys = InlineArray<5, ClassifiedCodeKeys> { subject.codeKeys(Self.tables[$0]) }
        for (index, id) in Self.tables.enumerated() {
            guard let rows = tables[index] else { continue }
            // Where to look next in each earlier table: the rows are looked up in printed
            // order, so a table whose codes increase is walked once (``ClassifiedChecks/rowIndex(_:keys:key:scheme:cursor:)``).
            var cursors = InlineArray<5, Int>(repeating: 0)
            for row in rows.indices {
                // Codes are told and matched by their keys (−1: no code); the code and the
                // names are copied only for a finding.
                let key = keys[index].key(row)
                guard key >= 0 else { continue }
                check.passed()
                let scheme = rows[row].code?.scheme
                // The first earlier table printing the code gives the name to agree with.
                for earlier in 0..<index {
                    guard let others = tables[earlier],
                          let other = ClassifiedChecks.rowIndex(others, keys: keys[earlier], key: key, scheme: scheme,
                                                                cursor: &cursors[earlier]) else { continue }
                    // The reader shares a repeated name's text: usually the very same string.
                    if StructureText.identical(others[other].name, rows[row].name) { break }
                    let name = rows[row].name, otherName = others[other].name
                    if !StructureText.equal(otherName, name) && !StructureText.equal(StructureText.key(otherName), StructureText.key(name)) {
                        let code = rows[row].code!
                        check.fail(.classified(id, rows[row], 0),
                                   message: "\(id.label) 科目 \(code.digits) 名称为“\(name)”，而 \(Self.tables[earlier].label) 中同一编码名称为“\(otherName)”：同一科目编码应使用同一名称")
                    }
                    break
                }
            }
        }
    }
}
