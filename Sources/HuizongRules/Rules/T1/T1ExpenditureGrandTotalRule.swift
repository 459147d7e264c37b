import HuizongModel

/// T1: 支出总计 = 本年支出合计 + 年终结转结余.
struct T1ExpenditureGrandTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t1_expenditure_grand_total", table: .t1,
        summary: "收支总表支出总计等于本年支出合计加年终结转结余",
        summaryEnglish: "T1 grand total expenditure = the year's expenditure + carry-over to next year",
        rationale: "资金的去向由本年支出和留待以后年度的年终结转结余两部分组成。",
        rationaleEnglish: "Funds are either spent this year or carried over at year end.",
        examples: [
            .passes("种子预算：2488.09 + （空） = 2488.09"),
            .passes("年终结转结余 填 1.00、支出总计 改为 2489.09", { budget in
                RuleExample.set(.t1, "33", "支出/预算数", to: Amount("1.00"))(&budget)
                RuleExample.adjust(.t1, "34", "支出/预算数", by: 100)(&budget)
            }),
            .fails("年终结转结余 填 0.01", RuleExample.adjust(.t1, "33", "支出/预算数", by: 1)),
            .fails("支出总计 改为 2488.08", RuleExample.adjust(.t1, "34", "支出/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1), let t1 = check.subject.t1Index else { return }
        guard let total = t1.expenditure(.grandTotal), let year = t1.expenditure(.yearTotal),
              let carried = t1.expenditure(.carriedOut) else {
            check.notChecked("T1 缺少“支出总计”“本年支出合计”或“年终结转结余”行"); return
        }
        T1T4.sum(&check, .spend(.t1, total), T1T4.CellPair(.spend(.t1, year), .spend(.t1, carried)),
                 label: "本年支出合计与年终结转结余之和")
    }
}
