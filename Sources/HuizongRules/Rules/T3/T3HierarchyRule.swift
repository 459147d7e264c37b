import HuizongModel

/// T3: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every column.
struct T3HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_hierarchy", table: .t3,
        summary: "支出总表按功能分类逐级汇总：合计等于各类之和，类等于所属各款之和，款等于所属各项之和",
        summaryEnglish: "T3 rolls up by function class: total = Σ categories, category = Σ sections, section = Σ items",
        rationale: "功能分类科目是层级结构，上级科目金额由下级科目汇总而来，各栏均应成立。",
        rationaleEnglish: "Function codes form a hierarchy; each parent is the sum of its children in every column.",
        examples: [
            .passes("种子预算"),
            .fails("2080505 基本支出 +0.01", RuleExample.adjust(.t3, "2080505", "基本支出", by: 1)),
            .fails("合计行 项目支出 −0.01", RuleExample.adjust(.t3, "1", "项目支出", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t3, &check) }
}
