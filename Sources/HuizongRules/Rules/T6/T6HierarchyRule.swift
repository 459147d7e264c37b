import HuizongModel

/// T6: 合计 = Σ 类, 类 = Σ 款, in every column (经济分类).
struct T6HierarchyRule: BudgetRule {
    static let description = RuleDescription(
        id: "t6_hierarchy", table: .t6,
        summary: "基本支出表按经济分类逐级汇总：合计等于各类之和，类等于所属各款之和",
        summaryEnglish: "T6 rolls up by economic class: total = Σ categories, category = Σ sections",
        rationale: "经济分类科目分类、款两级，类级金额由所属各款汇总而来，合计、人员经费、公用经费各栏均应成立。",
        rationaleEnglish: "Economic codes have two levels; each category is the sum of its sections in every column.",
        examples: [
            .passes("种子预算：301 = 30101 + … + 30199 = 581.54"),
            .fails("30101 基本工资 合计与人员经费各 +0.01", { budget in
                RuleExample.adjust(.t6, "30101", "合计", by: 1)(&budget)
                RuleExample.adjust(.t6, "30101", "人员经费", by: 1)(&budget)
            }),
            .fails("合计行 公用经费 −0.01", RuleExample.adjust(.t6, "1", "公用经费", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { ClassifiedChecks.hierarchy(.t6, &check) }
}
