import HuizongModel

/// T8 ↔ T4: each 类 row = the T4 expenditure line of that category, 国有资本经营 column.
struct T8CategoryMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_category_matches_t4", table: .t8,
        summary: "国有资本经营预算财政拨款支出表各类合计等于财政拨款收支总表同名支出功能分类的国有资本经营预算财政拨款栏",
        summaryEnglish: "Each T8 category total equals T4's state-capital column on the line of the same category",
        rationale: "T4 支出栏按功能分类类级、分资金性质列示，其国有资本经营栏与 T8 类级合计是同一数字。",
        rationaleEnglish: "T4 lists each category by fund; its state-capital column repeats T8's category totals.",
        examples: [
            .passes("种子预算"),
            .fails("T4 二十二、国有资本经营预算支出 国有资本经营预算财政拨款 +0.01", { budget in RuleExample.adjust(.t4, "22", "支出/国有资本经营预算财政拨款", by: 1)(&budget) }),
            .fails("T8 223 国有资本经营预算支出 合计 −0.01", { budget in RuleExample.adjust(.t8, "223", "合计", by: -1)(&budget) }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.categoryMatchesT4(.t8, &check) }
}
