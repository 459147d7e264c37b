import HuizongModel

/// T4: 本年支出合计 = Σ the 31 expenditure lines, in each of the four columns.
struct T4ExpenditureTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_expenditure_total", table: .t4,
        summary: "财政拨款收支总表本年支出合计各栏等于支出功能分类各项之和",
        summaryEnglish: "T4 year expenditure total = Σ the 31 categories, in every column",
        rationale: "本年财政拨款支出按功能分类逐项相加得出，合计栏与三类资金栏均应成立。",
        rationaleEnglish: "The year's fiscal spending is the sum of its categories, in every column.",
        examples: [
            .passes("种子预算：一般公共预算 991.74 + 29.16 + 31.75 = 1052.65"),
            .fails("二十、住房保障支出 一般公共预算 改为 31.76", RuleExample.adjust(.t4, "20", "支出/一般公共预算财政拨款", by: 1)),
            .fails("本年支出合计 国有资本经营 改为 1435.43", RuleExample.adjust(.t4, "32", "支出/国有资本经营预算财政拨款", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.expenditure(.yearTotal) else { check.notChecked("T4 无“本年支出合计”行"); return }
        let lines = t4.categories
        for column in 0..<check.subject.t4Lines[total].expenditure.count {
            T1T4.sum(&check, .spend(.t4, total, column), T1T4.LineCells(table: .t4, lines: lines, isIncome: false, column: column),
                     label: "支出功能分类各项之和")
        }
    }
}
