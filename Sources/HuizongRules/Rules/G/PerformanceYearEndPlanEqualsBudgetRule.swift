import HuizongModel

/// G: the spending plan reaches the whole budget by year end: 12月底 = 预算数.
struct PerformanceYearEndPlanEqualsBudgetRule: BudgetRule {
    static let description = RuleDescription(
        id: "g_year_end_plan_equals_budget", table: .performance,
        summary: "绩效目标表资金支出计划 12月底累计数等于预算数",
        summaryEnglish: "The cumulative spending plan at the end of December equals the project's budget",
        rationale: "资金支出计划按月底累计列示，到年底应支出全部预算。",
        rationaleEnglish: "The spending plan is cumulative; by year end the whole budget is spent.",
        examples: [
            .passes("种子预算：改制企业人员费用(RY) 12月底 98.00 = 预算数 98.00"),
            .fails("改制企业人员费用(RY) 12月底 改为 97.99", RuleExample.adjust(.performance, "13030225P00456010017A", "12月底", by: -1)),
            .fails("养老保险各险种经办业务费 预算数 改为 3.01", RuleExample.adjust(.performance, "13030225P00456010004K", "预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        let yearEnd = PerformanceTable.planLabels[3]
        for index in projects.indices {
            let plan = projects[index].plan.count > 3 ? projects[index].plan[3] : nil
            guard plan != nil || projects[index].budget != nil else { continue }
            check.equal(plan, projects[index].budget.orZero, termCount: 1,
                        cell: { .performance(projects[index], yearEnd) }, expectedLabel: { "同表预算数" },
                        terms: { [RelationTerm(.performance(projects[index], yearEnd), 1), RelationTerm(.performance(projects[index], "预算数"), -1)] })
        }
    }
}
