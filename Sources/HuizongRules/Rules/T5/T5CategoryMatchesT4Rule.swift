import HuizongModel

/// T5 ↔ T4: each 类 row = the T4 expenditure line of that category, 一般公共预算 column.
struct T5CategoryMatchesT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_category_matches_t4", table: .t5,
        summary: "一般公共预算财政拨款支出表各类合计等于财政拨款收支总表同名支出功能分类的一般公共预算财政拨款栏",
        summaryEnglish: "Each T5 category total equals T4's general-budget column on the line of the same category",
        rationale: "T4 支出栏按功能分类类级、分资金性质列示，其一般公共预算栏与 T5 类级合计是同一数字。",
        rationaleEnglish: "T4 lists each category by fund; its general-budget column repeats T5's category totals.",
        examples: [
            .passes("种子预算：210 卫生健康支出 29.16 = T4 十、卫生健康支出 29.16"),
            .fails("T4 十、卫生健康支出 一般公共预算财政拨款 +0.01", RuleExample.adjust(.t4, "10", "支出/一般公共预算财政拨款", by: 1)),
            .fails("T5 221 住房保障支出 合计 +0.01", RuleExample.adjust(.t5, "221", "合计", by: 1)),
            .fails("T4 一、一般公共服务支出 一般公共预算财政拨款 填 1.00，T5 无 201 类",
                   RuleExample.set(.t4, "1", "支出/一般公共预算财政拨款", to: Amount("1.00"))),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.categoryMatchesT4(.t5, &check) }
}
