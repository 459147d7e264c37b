import HuizongModel

/// T2 ↔ T1: the 合计 row's 上年结转 equals T1 上年结转结余.
struct T2CarryoverMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_carryover_matches_t1", table: .t2,
        summary: "收入总表合计行上年结转等于收支总表上年结转结余",
        summaryEnglish: "T2 total row carry-over equals T1 carry-over from last year",
        rationale: "两表列示的上年结转结余是同一笔资金。",
        rationaleEnglish: "Both tables state the same carry-over from last year.",
        examples: [
            .passes("种子预算：682.44 = 682.44"),
            .fails("T2 合计行 上年结转 改为 682.45", RuleExample.adjust(.t2, "1", "上年结转", by: 1)),
            .fails("T1 上年结转结余 改为 682.43", RuleExample.adjust(.t1, "33", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index else { return }
        guard let line = t1.income(.carriedIn) else { check.notChecked("T1 无“上年结转结余”行"); return }
        T1T4.totalRow(&check, .t2, TableSchema.T2.carryover.rawValue, equals: CollectionOfOne(.income(.t1, line)),
                      label: "T1 收支总表 上年结转结余")
    }
}
