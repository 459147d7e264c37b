import HuizongModel

/// T4: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余.
struct T4IncomeGrandTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_income_grand_total", table: .t4,
        summary: "财政拨款收支总表收入总计等于本年收入合计加年初财政拨款结转和结余",
        summaryEnglish: "T4 grand total income = the year's fiscal income + opening fiscal carry-over",
        rationale: "可安排的财政拨款由本年拨款和年初结转结余两部分组成。",
        rationaleEnglish: "Fiscal funds available are this year's appropriation plus the opening carry-over.",
        examples: [
            .passes("种子预算：1805.65 + 682.44 = 2488.09"),
            .fails("年初财政拨款结转和结余 改为 682.45", RuleExample.adjust(.t4, "33", "收入/金额", by: 1)),
            .fails("收入总计 改为 2488.08", RuleExample.adjust(.t4, "37", "收入/金额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.income(.grandTotal), let year = t4.income(.yearTotal),
              let carried = t4.income(.fiscalCarriedIn) else {
            check.notChecked("T4 缺少“收入总计”“本年收入合计”或“年初财政拨款结转和结余”行"); return
        }
        T1T4.sum(&check, .income(.t4, total), T1T4.CellPair(.income(.t4, year), .income(.t4, carried)),
                 label: "本年收入合计与年初财政拨款结转和结余之和")
    }
}
