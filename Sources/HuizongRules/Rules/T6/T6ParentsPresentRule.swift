import HuizongModel

/// T6: every 款 has its 类 printed.
struct T6ParentsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t6_parents_present", table: .t6,
        summary: "基本支出表每个款级经济分类科目的类级科目均已列示",
        summaryEnglish: "Every T6 economic section has its category printed",
        rationale: "基本支出表按经济分类类、款逐级列示，缺少类级科目时无法核对类级小计。",
        rationaleEnglish: "T6 lists economic categories and sections level by level; a missing category breaks the roll-up.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("删除 303 对个人和家庭的补助", { budget in budget.t6?.rows.removeAll { $0.code?.digits == "303" } }),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.parentsPresent(.t6, &check) }
}
