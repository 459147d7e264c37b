import HuizongModel

/// T5 ≤ T3: each row, column by column (合计, 基本支出, 项目支出), at most the T3 row of the same code.
struct T5WithinT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_within_t3", table: .t5,
        summary: "一般公共预算财政拨款支出表每行各栏不超过支出总表同一科目的对应栏",
        summaryEnglish: "Each T5 row is at most the T3 row of the same code, in total, basic and project spending",
        rationale: "一般公共预算财政拨款支出是单位全部支出的一部分，同一科目不能超过支出总表的金额。",
        rationaleEnglish: "General-budget appropriation spending is part of all spending, so no code can exceed T3.",
        examples: [
            .passes("种子预算：2080109 基本支出 500.15 ≤ T3 500.15"),
            .passes("T3 2080199 项目支出与合计各 +1.00（T3 大于 T5 允许）", { budget in
                RuleExample.adjust(.t3, "2080199", "项目支出", by: 100)(&budget)
                RuleExample.adjust(.t3, "2080199", "合计", by: 100)(&budget)
            }),
            .fails("T5 2080199 项目支出 +0.01 超过 T3", RuleExample.adjust(.t5, "2080199", "项目支出", by: 1)),
            .fails("T3 删除 2101103 行", { budget in budget.t3?.rows.removeAll { $0.code?.digits == "2101103" } }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.withinT3(.t5, &check) }
}
