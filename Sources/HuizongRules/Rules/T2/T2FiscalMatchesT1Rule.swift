import HuizongModel

/// T2 ↔ T1: the 合计 row's 财政拨款收入 equals T1 items 一 + 二 + 三.
struct T2FiscalMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_fiscal_matches_t1", table: .t2,
        summary: "收入总表合计行财政拨款收入等于收支总表一般公共预算、政府性基金预算、国有资本经营预算拨款收入之和",
        summaryEnglish: "T2 total fiscal appropriation = T1 income items 1–3 (the three fiscal funds)",
        rationale: "财政拨款收入由一般公共预算、政府性基金预算、国有资本经营预算三类拨款组成。",
        rationaleEnglish: "Fiscal appropriations are the three budget funds together.",
        examples: [
            .passes("种子预算：1047.65 + 758.00 = 1805.65"),
            .fails("T2 合计行 财政拨款收入 改为 1805.66", RuleExample.adjust(.t2, "1", "财政拨款收入", by: 1)),
            .fails("T1 二、政府性基金预算拨款收入 填 0.01", RuleExample.adjust(.t1, "2", "收入/预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index else { return }
        // The three funds' income items, in fund order; the first missing one is reported.
        var lines = InlineArray<3, Int>(repeating: 0)
        for fund in T1T4.Fund.allCases {
            guard let line = t1.incomeItem(fund) else {
                check.notChecked("T1 无\(fund.keyword)拨款收入行"); return
            }
            lines[fund.rawValue - T1T4.Fund.general.rawValue] = line
        }
        let parts = T1T4.CellTriple(.income(.t1, lines[0]), .income(.t1, lines[1]), .income(.t1, lines[2]))
        T1T4.totalRow(&check, .t2, TableSchema.T2.fiscal.rawValue, equals: parts,
                      label: "T1 收支总表 收入项目一至三（财政拨款）之和")
    }
}
