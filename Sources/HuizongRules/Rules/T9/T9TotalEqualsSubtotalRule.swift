import HuizongModel

/// T9: the 合计 row = the “三公”经费小计 row, in every column.
struct T9TotalEqualsSubtotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_total_equals_subtotal", table: .t9,
        summary: "“三公”经费支出表合计行等于“三公”经费小计行",
        summaryEnglish: "T9's total row equals the “three public” subtotal row",
        rationale: "“三公”经费表只列“三公”经费，合计即“三公”经费小计，各资金性质栏均应相同。",
        rationaleEnglish: "T9 lists only the three public expenses, so its total is their subtotal in every column.",
        examples: [
            .passes("种子预算：0.15 = 0.15"),
            .fails("合计行 一般公共预算财政拨款 +0.01", RuleExample.adjust(.t9, "1", "一般公共预算财政拨款", by: 1)),
            .fails("“三公”经费小计 合计 −0.01", RuleExample.adjust(.t9, "2", "合计", by: -1)),
        ])

    /// The rows that add up to the checked row.
    static let parts: [ThreePublicRow] = [.subtotal]

    func check(_ check: inout RuleCheck) {
        ThreePublicRows.sum(.total, Self.parts, label: "“三公”经费小计", &check)
    }
}
