import HuizongModel

/// T1: the income items 一…五 add up to 本年收入合计.
struct T1IncomeItemsSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t1_income_items_sum", table: .t1,
        summary: "收支总表收入项目一至五之和等于本年收入合计",
        summaryEnglish: "T1 income items 1–5 add up to the year's total income",
        rationale: "本年收入合计按收入项目逐项相加得出。",
        rationaleEnglish: "The year's total income is the sum of the income items.",
        examples: [
            .passes("种子预算：1047.65 + 758.00 = 1805.65"),
            .fails("一、一般公共预算拨款收入 改为 1047.66", RuleExample.adjust(.t1, "1", "收入/预算数", by: 1)),
            .fails("本年收入合计 改为 1805.64", RuleExample.adjust(.t1, "32", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1), let t1 = check.subject.t1Index else { return }
        guard let total = t1.income(.yearTotal) else { check.notChecked("T1 无“本年收入合计”行"); return }
        let lines = check.subject.t1Lines, items = t1.incomeItems
        var sum = Amount.zero
        for index in items { sum += lines[index].income[0].orZero }
        check.equal(lines[total].income[0], sum, termCount: items.count,
                    cell: { .income(.t1, lines[total]) }, expectedLabel: { "收入项目一至五之和" },
                    terms: { [RelationTerm(.income(.t1, lines[total]), 1)] + items.map { RelationTerm(.income(.t1, lines[$0]), -1) } })
    }
}
