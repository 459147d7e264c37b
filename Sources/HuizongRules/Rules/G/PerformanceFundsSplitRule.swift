import HuizongModel

/// G: 预算数 = 其中：财政资金 + 其他资金.
struct PerformanceFundsSplitRule: BudgetRule {
    static let description = RuleDescription(
        id: "g_funds_split", table: .performance,
        summary: "绩效目标表预算数等于财政资金与其他资金之和",
        summaryEnglish: "A performance table's budget equals its fiscal funds plus its other funds",
        rationale: "预算规模按资金来源分为财政资金和其他资金，两者之和为预算数。",
        rationaleEnglish: "The project budget is split into fiscal funds and other funds; they add up to it.",
        examples: [
            .passes("种子预算：98.00 = 98.00 + （空）"),
            .fails("企业养老保险社会化管理服务费 财政资金 改为 29.99",
                   RuleExample.adjust(.performance, "13030225P004560100057", "其中：财政资金", by: -1)),
            .fails("改制企业人员费用(RY) 其他资金 填 1.00",
                   RuleExample.set(.performance, "13030225P00456010017A", "其他资金", to: Amount("1.00"))),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        for index in projects.indices {
            guard projects[index].budget != nil || projects[index].fiscalFunds != nil || projects[index].otherFunds != nil else { continue }
            check.equal(projects[index].budget, projects[index].fiscalFunds.orZero + projects[index].otherFunds.orZero, termCount: 2,
                        cell: { .performance(projects[index], "预算数") }, expectedLabel: { "财政资金与其他资金之和" },
                        terms: { [RelationTerm(.performance(projects[index], "预算数"), 1),
                                  RelationTerm(.performance(projects[index], "其中：财政资金"), -1),
                                  RelationTerm(.performance(projects[index], "其他资金"), -1)] })
        }
    }
}
