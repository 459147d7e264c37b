import HuizongModel

/// T2 ↔ T1: the 合计 row's 本年收入小计 equals T1 本年收入合计.
struct T2SubtotalMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_subtotal_matches_t1", table: .t2,
        summary: "收入总表合计行本年收入小计等于收支总表本年收入合计",
        summaryEnglish: "T2 total row: this year's income subtotal equals T1's year income total",
        rationale: "两表的本年收入（不含上年结转）是同一数字。",
        rationaleEnglish: "Both tables state the same income of the year, carry-over excluded.",
        examples: [
            .passes("种子预算：1805.65 = 1805.65"),
            .fails("T2 合计行 小计 改为 1805.66", RuleExample.adjust(.t2, "1", "小计", by: 1)),
            .fails("T1 本年收入合计 改为 1805.64", RuleExample.adjust(.t1, "32", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index else { return }
        guard let line = t1.income(.yearTotal) else { check.notChecked("T1 无“本年收入合计”行"); return }
        T1T4.totalRow(&check, .t2, TableSchema.T2.subtotal.rawValue, equals: CollectionOfOne(.income(.t1, line)),
                      label: "T1 收支总表 本年收入合计")
    }
}
