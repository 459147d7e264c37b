import HuizongModel

/// G ↔ T3: the 预算数 of all 绩效目标表 add up to T3's 项目支出 total.
struct PerformanceProjectsSumToT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "g_projects_sum_to_t3", table: .performance,
        summary: "各项目绩效目标表预算数之和等于支出总表项目支出合计",
        summaryEnglish: "The budgets of all performance tables add up to T3's project expenditure total",
        rationale: "每个项目都编列绩效目标表，项目预算数之和即单位项目支出总额。",
        rationaleEnglish: "Every project has a performance table; together they make up the unit's project expenditure.",
        examples: [
            .passes("种子预算：98 + 30 + 568.04 + 109.40 + 648.60 + 109.40 + 5 + 3 = 1571.44"),
            .passes("无绩效目标表且无项目支出：不适用", { budget in
                budget.performance = []
                budget.setAmount(nil, at: CellAddress(.t3, "1", "项目支出"))
            }),
            .fails("T3 合计行 项目支出 改为 1571.45", RuleExample.adjust(.t3, "1", "项目支出", by: 1)),
            .fails("改制企业人员费用(RY) 预算数 改为 97.99", RuleExample.adjust(.performance, "13030225P00456010017A", "预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = check.subject.performance
        let column = TableSchema.T3.project.rawValue
        if projects.isEmpty {
            // Nothing to check when there is no project spending either.
            let spend = check.subject.t3?.totalRow.flatMap { $0.amounts[column] }
            if spend.orZero == .zero { return }
        }
        guard check.require(.performance, .t3), let t3 = check.subject.t3 else { return }
        guard let total = t3.totalRow else { check.notChecked("T3 支出总表无合计行"); return }
        let sum = AmountSums.sum(projects.indices) { projects[$0].budget }
        check.equal(total.amounts[column], sum, termCount: projects.count,
                    cell: { .classified(.t3, total, column) }, expectedLabel: { "各绩效目标表预算数之和" },
                    terms: { [RelationTerm(.classified(.t3, total, column), 1)]
                        + projects.map { RelationTerm(.performance($0, "预算数"), -1) } })
    }
}
