import HuizongModel

/// T1: 收入总计 = 本年收入合计 + 上年结转结余.
struct T1IncomeGrandTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t1_income_grand_total", table: .t1,
        summary: "收支总表收入总计等于本年收入合计加上年结转结余",
        summaryEnglish: "T1 grand total income = the year's income + carry-over from last year",
        rationale: "可供安排的资金由本年收入和上年结转结余两部分组成。",
        rationaleEnglish: "The funds available are this year's income plus what was carried over.",
        examples: [
            .passes("种子预算：1805.65 + 682.44 = 2488.09"),
            .fails("上年结转结余 改为 682.45", RuleExample.adjust(.t1, "33", "收入/预算数", by: 1)),
            .fails("收入总计 改为 2488.08", RuleExample.adjust(.t1, "34", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1), let t1 = check.subject.t1Index else { return }
        guard let total = t1.income(.grandTotal), let year = t1.income(.yearTotal),
              let carried = t1.income(.carriedIn) else {
            check.notChecked("T1 缺少“收入总计”“本年收入合计”或“上年结转结余”行"); return
        }
        T1T4.sum(&check, .income(.t1, total), T1T4.CellPair(.income(.t1, year), .income(.t1, carried)),
                 label: "本年收入合计与上年结转结余之和")
    }
}
