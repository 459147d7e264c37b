import HuizongModel

/// G: the cumulative plan never decreases: 3月底 ≤ 6月底 ≤ 10月底 ≤ 12月底 (empty months skipped).
struct PerformancePlanNonDecreasingRule: BudgetRule {
    static let description = RuleDescription(
        id: "g_plan_non_decreasing", table: .performance,
        summary: "绩效目标表资金支出计划逐期累计不减少：3月底 ≤ 6月底 ≤ 10月底 ≤ 12月底",
        summaryEnglish: "The cumulative spending plan never decreases from March to December",
        rationale: "资金支出计划是截至各月底的累计支出，后一期不能少于前一期；空缺的月份不参与比较。",
        rationaleEnglish: "Each plan figure is spending to date, so a later one cannot be smaller; empty months are skipped.",
        examples: [
            .passes("种子预算：24.50 ≤ 49.00 ≤ 73.50 ≤ 98.00"),
            .fails("改制企业人员费用(RY) 6月底 改为 74.00", RuleExample.set(.performance, "13030225P00456010017A", "6月底", to: Amount("74.00"))),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        let labels = PerformanceTable.planLabels
        for index in projects.indices {
            var previous: Int? = nil
            for month in projects[index].plan.indices where month < labels.count {
                guard let value = projects[index].plan[month] else { continue }
                if let earlier = previous, let before = projects[index].plan[earlier] {
                    check.atMost(before, value, termCount: 1,
                                 cell: { .performance(projects[index], labels[earlier]) }, limitLabel: { "同表\(labels[month])累计数" },
                                 terms: { [RelationTerm(.performance(projects[index], labels[earlier]), 1),
                                           RelationTerm(.performance(projects[index], labels[month]), -1)] })
                }
                previous = month
            }
        }
    }
}
