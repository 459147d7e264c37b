import HuizongModel

/// P ↔ G: a project's 预算资金 equals the 预算数 of the 绩效目标表 with the same name.
struct ProcurementProjectMatchesPerformanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_project_matches_performance", table: .procurement,
        summary: "政府采购预算项目的预算资金等于同名项目绩效目标表的预算数",
        summaryEnglish: "A P project's budget equals the 预算数 of the performance table of the same project",
        rationale: "同一项目的预算额在政府采购预算和绩效目标表中是同一数字。",
        rationaleEnglish: "A project's budget is one figure, printed both in the procurement table and in its performance table.",
        examples: [
            .passes("种子预算：企业养老保险社会化管理服务费 30.00，养老保险各险种经办业务费 3.00"),
            .fails("企业养老保险社会化管理服务费 预算资金 改为 30.01", RuleExample.adjust(.procurement, "5", "预算资金", by: 1)),
            .fails("绩效目标表 养老保险各险种经办业务费 预算数 改为 2.99",
                   RuleExample.adjust(.performance, "13030225P00456010004K", "预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.budget.procurement else { return }
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        var byName: [String: [PerformanceTable]] = [:]
        for project in projects { byName[project.projectName.removingWhitespace, default: []].append(project) }
        for index in table.rows.indices where table.rows[index].kind == .item {
            let row = table.rows[index]
            guard let matches = byName[row.projectName.removingWhitespace], matches.count == 1,
                  row.projectBudget != nil || matches[0].budget != nil else { continue }
            let project = matches[0]
            check.equal(row.projectBudget, project.budget.orZero, termCount: 1,
                        cell: { ProcurementRows.budgetCell(table, index) },
                        expectedLabel: { "G 绩效目标表“\(project.projectName)”预算数" },
                        terms: { [RelationTerm(ProcurementRows.budgetCell(table, index), 1),
                                  RelationTerm(.performance(project, "预算数"), -1)] })
        }
    }
}
