import HuizongModel

/// T3: every 项 row's 款 and every 款 row's 类 is printed.
struct T3ParentsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_parents_present", table: .t3,
        summary: "支出总表每个项级科目的款级、类级科目均已列示",
        summaryEnglish: "Every T3 item row has its section and category rows printed",
        rationale: "功能分类汇总表须逐级列示类、款、项，缺少上级科目时合计无从核对。",
        rationaleEnglish: "Function tables list every level; a missing parent cannot be reconciled.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("删去 223 行", { budget in budget.t3?.rows.removeAll { $0.code?.digits == "223" } }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.parentsPresent(.t3, &check) }
}
