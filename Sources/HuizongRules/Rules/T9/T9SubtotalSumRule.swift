import HuizongModel

/// T9: 小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费.
struct T9SubtotalSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_subtotal_sum", table: .t9,
        summary: "“三公”经费小计等于因公出国（境）费、公务用车购置及运维费、公务接待费之和",
        summaryEnglish: "The “three public” subtotal equals travel abroad + official vehicles + official reception",
        rationale: "“三公”经费即这三项经费，小计是三者之和，各资金性质栏均应成立。",
        rationaleEnglish: "The three public expenses are exactly these three items; the subtotal is their sum in every column.",
        examples: [
            .passes("种子预算：0.15 = 0 + 0 + 0.15"),
            .fails("三、公务接待费 合计 +0.01", RuleExample.adjust(.t9, "9", "合计", by: 1)),
            .fails("“三公”经费小计 一般公共预算财政拨款 −0.01", RuleExample.adjust(.t9, "2", "一般公共预算财政拨款", by: -1)),
        ])

    /// The rows that add up to the checked row.
    static let parts: [ThreePublicRow] = [.abroad, .vehicles, .reception]

    func check(_ check: inout RuleCheck) {
        ThreePublicRows.sum(.subtotal, Self.parts, label: "因公出国（境）费 + 公务用车购置及运维费 + 公务接待费", &check)
    }
}
