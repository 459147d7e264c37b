import HuizongModel

/// T4: 本年收入合计 = Σ the fund income lines.
struct T4IncomeTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_income_total", table: .t4,
        summary: "财政拨款收支总表本年收入合计等于各项财政拨款收入之和",
        summaryEnglish: "T4 year income total = Σ the fund income lines",
        rationale: "本年财政拨款收入由三类财政拨款相加得出。",
        rationaleEnglish: "The year's fiscal income is the sum of the three funds.",
        examples: [
            .passes("种子预算：1047.65 + 758.00 = 1805.65"),
            .fails("二、政府性基金预算拨款 填 0.01", RuleExample.adjust(.t4, "2", "收入/金额", by: 1)),
            .fails("本年收入合计 改为 1805.64", RuleExample.adjust(.t4, "32", "收入/金额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.income(.yearTotal) else { check.notChecked("T4 无“本年收入合计”行"); return }
        T1T4.sum(&check, .income(.t4, total), t4.incomeItems.lazy.map { .income(.t4, $0) }, label: "各项财政拨款收入之和")
    }
}
