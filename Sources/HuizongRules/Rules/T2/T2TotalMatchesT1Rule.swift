import HuizongModel

/// T2 ↔ T1: the 合计 row's 合计 equals T1 收入总计.
struct T2TotalMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_total_matches_t1", table: .t2,
        summary: "收入总表合计行合计等于收支总表收入总计",
        summaryEnglish: "T2 grand total equals T1 grand total income",
        rationale: "收入总表按功能分类列示全部收入（含上年结转），其总数与收支总表收入总计是同一数字。",
        rationaleEnglish: "T2 lists all income, carry-over included, by function: its total is T1's grand total income.",
        examples: [
            .passes("种子预算：2488.09 = 2488.09"),
            .fails("T2 合计行 合计 改为 2488.10", RuleExample.adjust(.t2, "1", "合计", by: 1)),
            .fails("T1 收入总计 改为 2488.08", RuleExample.adjust(.t1, "34", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index else { return }
        guard let line = t1.income(.grandTotal) else { check.notChecked("T1 无“收入总计”行"); return }
        T1T4.totalRow(&check, .t2, TableSchema.T2.total.rawValue, equals: CollectionOfOne(.income(.t1, line)),
                      label: "T1 收支总表 收入总计")
    }
}
