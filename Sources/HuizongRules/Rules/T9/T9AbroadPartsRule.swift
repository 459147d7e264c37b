import HuizongModel

/// T9: 因公出国（境）费 = 教学科研人员因公出国（境）费 + 其他因公出国（境）费.
struct T9AbroadPartsRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_abroad_parts", table: .t9,
        summary: "因公出国（境）费等于其中教学科研人员因公出国（境）费与其他因公出国（境）费之和",
        summaryEnglish: "Travel abroad equals its two parts: teaching/research staff and other",
        rationale: "因公出国（境）费分为教学科研人员和其他人员两部分，两个“其中”行相加等于该项。",
        rationaleEnglish: "Travel abroad is split into teaching/research staff and others; the two parts add up to the item.",
        examples: [
            .passes("种子预算：均为空"),
            .passes("三行合计均填 0.10", { budget in
                RuleExample.set(.t9, "3", "合计", to: Amount("0.10"))(&budget)
                RuleExample.set(.t9, "5", "合计", to: Amount("0.10"))(&budget)
            }),
            .fails("其中：教学科研人员因公出国（境）费 合计 填 0.10", RuleExample.set(.t9, "4", "合计", to: Amount("0.10"))),
        ])

    /// The rows that add up to the checked row.
    static let parts: [ThreePublicRow] = [.abroadTeaching, .abroadOther]

    func check(_ check: inout RuleCheck) {
        ThreePublicRows.sum(.abroad, Self.parts, label: "教学科研人员因公出国（境）费 + 其他因公出国（境）费", &check)
    }
}
