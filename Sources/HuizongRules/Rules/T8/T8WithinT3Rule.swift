import HuizongModel

/// T8 ≤ T3: each row, column by column (合计, 基本支出, 项目支出), at most the T3 row of the same code.
struct T8WithinT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_within_t3", table: .t8,
        summary: "国有资本经营预算财政拨款支出表每行各栏不超过支出总表同一科目的对应栏",
        summaryEnglish: "Each T8 row is at most the T3 row of the same code, in total, basic and project spending",
        rationale: "国有资本经营预算财政拨款支出是单位全部支出的一部分，同一科目不能超过支出总表的金额。",
        rationaleEnglish: "State-capital appropriation spending is part of all spending, so no code can exceed T3.",
        examples: [
            .passes("种子预算"),
            .fails("T8 2230105 项目支出 +0.01 超过 T3", { budget in RuleExample.adjust(.t8, "2230105", "项目支出", by: 1)(&budget) }),
            .fails("T3 删除 2230105 行", { budget in budget.t3?.rows.removeAll { $0.code?.digits == "2230105" } }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.withinT3(.t8, &check) }
}
