import HuizongModel

/// T2 ↔ T1: the 合计 row's 财政专户收入 equals T1 item 四 财政专户管理资金收入.
struct T2SpecialAccountMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_special_account_matches_t1", table: .t2,
        summary: "收入总表合计行财政专户收入等于收支总表财政专户管理资金收入",
        summaryEnglish: "T2 total special-account income equals T1 item 4 (special-account funds)",
        rationale: "两表列示的财政专户管理资金是同一笔收入。",
        rationaleEnglish: "Both tables state the same special-account income.",
        examples: [
            .passes("种子预算：（空） = （空）"),
            .passes("两表同时填 2.00", { budget in
                RuleExample.set(.t2, "1", "财政专户收入", to: Amount("2.00"))(&budget)
                RuleExample.set(.t1, "4", "收入/预算数", to: Amount("2.00"))(&budget)
            }),
            .fails("T2 合计行 财政专户收入 填 0.01", RuleExample.adjust(.t2, "1", "财政专户收入", by: 1)),
            .fails("T1 四、财政专户管理资金收入 填 0.01", RuleExample.adjust(.t1, "4", "收入/预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index else { return }
        guard let line = t1.specialAccount else {
            check.notChecked("T1 无财政专户管理资金收入行"); return
        }
        T1T4.totalRow(&check, .t2, TableSchema.T2.specialAccount.rawValue, equals: CollectionOfOne(.income(.t1, line)),
                      label: "T1 收支总表 四、财政专户管理资金收入")
    }
}
