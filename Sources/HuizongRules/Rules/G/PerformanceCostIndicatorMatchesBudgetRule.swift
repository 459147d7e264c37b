import HuizongModel

/// G: the money ceilings of the 成本指标 (`≤98万元`, `≤5680394.36元`) add up to 预算数,
/// after conversion to 万元 rounded half-up to 0.01.
struct PerformanceCostIndicatorMatchesBudgetRule: BudgetRule {
    static let description = RuleDescription(
        id: "g_cost_indicator_matches_budget", table: .performance, severity: .warning,
        summary: "绩效目标表成本指标的金额上限（万元或元）与预算数相符",
        summaryEnglish: "The cost indicators' money ceilings (万元 or 元) match the project's budget",
        rationale: "成本指标以“≤X万元”或“≤X元”给出项目的成本控制数，折合万元（四舍五入到 0.01）后应与预算数一致；有多个金额型成本指标时比较其合计。",
        rationaleEnglish: "A cost indicator “≤X万元” or “≤X元” states the project's cost ceiling; converted to 万元 and rounded to 0.01 it equals the budget (several such indicators: their sum).",
        examples: [
            .passes("种子预算：≤5680394.36元 折合 568.04 = 预算数 568.04；≤109.4万元 = 109.40"),
            .fails("改制企业人员费用(RY) 成本指标 改为 ≤97万元", { budget in
                let index = budget.performance[0].indicators.firstIndex { $0.value == "≤98万元" }!
                budget.performance[0].indicators[index].value = "≤97万元"
            }),
            .fails("第 3 张表预算数 改为 568.05（指标 ≤5680394.36元）",
                   RuleExample.adjust(.performance, "13030224P00MN0M10402E", "预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        for project in projects.indices {
            // The ceilings are summed as they are found; listed only for a finding.
            var sum = Amount.zero, count = 0
            PerformanceCostIndicator.forEachCeiling(projects[project].indicators) { _, ceiling in sum += ceiling; count += 1 }
            guard count > 0 else { continue }
            check.equal(projects[project].budget, sum, termCount: count,
                        cell: { .performance(projects[project], "预算数") },
                        expectedLabel: {
                            let indicators = projects[project].indicators
                            return "成本指标 " + PerformanceCostIndicator.ceilings(indicators).map { "\(indicators[$0.indicator].level3)\(indicators[$0.indicator].value)" }
                                .joined(separator: "、") + " 折合万元"
                        },
                        terms: { [RelationTerm(.performance(projects[project], "预算数"), 1)] })
        }
    }
}
