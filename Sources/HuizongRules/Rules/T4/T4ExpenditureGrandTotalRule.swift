import HuizongModel

/// T4: 支出总计 = 本年支出合计 + 年末财政拨款结转和结余, in each of the four columns.
struct T4ExpenditureGrandTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_expenditure_grand_total", table: .t4,
        summary: "财政拨款收支总表支出总计各栏等于本年支出合计加年末财政拨款结转和结余",
        summaryEnglish: "T4 grand total expenditure = the year's spending + closing carry-over, in every column",
        rationale: "财政拨款或在本年支出，或形成年末结转和结余，合计栏与三类资金栏均应成立。",
        rationaleEnglish: "Fiscal funds are spent this year or carried over, in every column.",
        examples: [
            .passes("种子预算：1052.65 + （空） = 1052.65"),
            .fails("年末财政拨款结转和结余 一般公共预算 填 0.01", RuleExample.adjust(.t4, "33", "支出/一般公共预算财政拨款", by: 1)),
            .fails("支出总计 国有资本经营 改为 1435.43", RuleExample.adjust(.t4, "37", "支出/国有资本经营预算财政拨款", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.expenditure(.grandTotal), let year = t4.expenditure(.yearTotal),
              let carried = t4.expenditure(.fiscalCarriedOut) else {
            check.notChecked("T4 缺少“支出总计”“本年支出合计”或“年末财政拨款结转和结余”行"); return
        }
        for column in 0..<check.subject.t4Lines[total].expenditure.count {
            T1T4.sum(&check, .spend(.t4, total, column), T1T4.CellPair(.spend(.t4, year, column), .spend(.t4, carried, column)),
                     label: "本年支出合计与年末财政拨款结转和结余之和")
        }
    }
}
