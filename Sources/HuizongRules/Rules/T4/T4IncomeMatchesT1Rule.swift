import HuizongModel

/// T4 ↔ T1: 一般公共预算拨款 / 政府性基金预算拨款 / 国有资本经营预算拨款 equal T1 items 一 / 二 / 三.
struct T4IncomeMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_income_matches_t1", table: .t4,
        summary: "财政拨款收支总表三项财政拨款收入分别等于收支总表对应的拨款收入",
        summaryEnglish: "T4 income by fund equals T1 income items 1–3",
        rationale: "两表列示的一般公共预算、政府性基金预算、国有资本经营预算拨款收入是同一数字。",
        rationaleEnglish: "Both tables state the same appropriation of each fiscal fund.",
        examples: [
            .passes("种子预算：1047.65 = 1047.65，758.00 = 758.00"),
            .fails("T4 一、一般公共预算拨款 改为 1047.66", RuleExample.adjust(.t4, "1", "收入/金额", by: 1)),
            .fails("T1 三、国有资本经营预算拨款收入 改为 757.99", RuleExample.adjust(.t1, "3", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t4), let t1 = check.subject.t1Index, let t4 = check.subject.t4Index else { return }
        let t1Lines = check.subject.t1Lines
        for fund in T1T4.Fund.allCases {
            guard let line = t4.incomeItem(fund), let source = t1.incomeItem(fund) else {
                check.notChecked("T1 或 T4 无\(fund.keyword)拨款收入行"); continue
            }
            T1T4.same(&check, .income(.t4, line), .income(.t1, source), label: CellRef.income(.t1, t1Lines[source]).display)
        }
    }
}
