import HuizongModel

/// T9 ↔ T6: T9 因公出国（境）费 一般公共预算 ≥ T6 30212 因公出国（境）费用 合计.
struct T9AbroadCoversT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_abroad_covers_t6", table: .t9,
        summary: "“三公”经费表因公出国（境）费一般公共预算财政拨款不小于基本支出表 30212 因公出国（境）费用",
        summaryEnglish: "T9 travel abroad (general budget) is at least T6 30212 travel abroad",
        rationale: "基本支出中的因公出国（境）费用是一般公共预算财政拨款“三公”经费中该项的一部分。",
        rationaleEnglish: "Travel-abroad costs in the basic budget are part of the general-budget figure in T9.",
        examples: [
            .passes("种子预算：T6 无 30212"),
            .passes("T6 加 30212 1.20，T9 因公出国（境）费填 1.20", { budget in
                ThreePublicRows.addT6Row(&budget, "30212", "因公出国（境）费用", "1.20")
                RuleExample.set(.t9, "3", "一般公共预算财政拨款", to: Amount("1.20"))(&budget)
            }),
            .fails("T6 加 30212 1.20，T9 因公出国（境）费为空", { budget in ThreePublicRows.addT6Row(&budget, "30212", "因公出国（境）费用", "1.20") }),
        ])

    static let code = SubjectCode(economic: "30212")

    func check(_ check: inout RuleCheck) { ThreePublicRows.coversT6(.abroad, economic: Self.code, &check) }
}
