import HuizongModel

/// T1: the 31 expenditure categories add up to 本年支出合计.
struct T1ExpenditureCategoriesSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t1_expenditure_categories_sum", table: .t1,
        summary: "收支总表支出功能分类各项之和等于本年支出合计",
        summaryEnglish: "T1 expenditure categories add up to the year's total expenditure",
        rationale: "本年支出合计按支出功能分类（一般公共服务支出至人行科目）逐项相加得出。",
        rationaleEnglish: "The year's total expenditure is the sum of the 31 function categories.",
        examples: [
            .passes("种子预算：991.74 + 29.16 + 31.75 + 1435.44 = 2488.09"),
            .fails("八、社会保障和就业支出 改为 991.75", RuleExample.adjust(.t1, "8", "支出/预算数", by: 1)),
            .fails("本年支出合计 改为 2488.08", RuleExample.adjust(.t1, "32", "支出/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1), let t1 = check.subject.t1Index else { return }
        guard let total = t1.expenditure(.yearTotal) else { check.notChecked("T1 无“本年支出合计”行"); return }
        T1T4.sum(&check, .spend(.t1, total), t1.categories.lazy.map { .spend(.t1, $0) },
                 label: "支出功能分类各项之和")
    }
}
