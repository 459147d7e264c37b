import HuizongModel

/// T3 ↔ T1: the 合计 row's 合计 equals T1 本年支出合计.
struct T3TotalMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_total_matches_t1", table: .t3,
        summary: "支出总表合计行合计等于收支总表本年支出合计",
        summaryEnglish: "T3 grand total equals T1 total expenditure of the year",
        rationale: "支出总表按功能分类列示本年全部支出，其总数与收支总表本年支出合计是同一数字。",
        rationaleEnglish: "T3 lists the year's whole expenditure by function: its total is T1's year expenditure.",
        examples: [
            .passes("种子预算：2488.09 = 2488.09"),
            .fails("T3 合计行 合计 改为 2488.10", RuleExample.adjust(.t3, "1", "合计", by: 1)),
            .fails("T1 本年支出合计 改为 2488.08", RuleExample.adjust(.t1, "32", "支出/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t3), let t1 = check.subject.t1Index else { return }
        guard let line = t1.expenditure(.yearTotal) else { check.notChecked("T1 无“本年支出合计”行"); return }
        T1T4.totalRow(&check, .t3, TableSchema.T3.total.rawValue, equals: CollectionOfOne(.spend(.t1, line)),
                      label: "T1 收支总表 本年支出合计")
    }
}
