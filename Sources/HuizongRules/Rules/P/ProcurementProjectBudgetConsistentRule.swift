import HuizongModel

/// P: the rows of one project (same 项目名称 under one 小计) print the same 预算资金.
struct ProcurementProjectBudgetConsistentRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_project_budget_consistent", table: .procurement,
        summary: "政府采购预算同一项目各行的预算资金一致",
        summaryEnglish: "All P rows of one project show the same project budget",
        rationale: "预算资金是项目的预算额，项目下每个采购品目行重复列示同一数字。",
        rationaleEnglish: "The project budget belongs to the project; every item row of the project repeats it.",
        examples: [
            .passes("种子预算：公用经费一 两行均为 7.60"),
            .fails("公用经费一 鼓粉盒行 预算资金 改为 7.61", RuleExample.adjust(.procurement, "4", "预算资金", by: 1)),
            .fails("养老保险各险种经办业务费 复印纸行 预算资金 改为 2.99", RuleExample.adjust(.procurement, "6", "预算资金", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let projects = check.subject.procurementProjects
        for project in 0..<projects.count {
            let rows = projects.range(project)
            guard rows.count > 1 else { continue }
            let first = projects.rows[rows.lowerBound]
            let budget = table.rows[first].projectBudget.orZero
            for position in rows.dropFirst() {
                let index = projects.rows[position]
                check.equal(table.rows[index].projectBudget, budget, termCount: 1,
                            cell: { ProcurementRows.budgetCell(table, index) },
                            expectedLabel: { "同一项目第\(first + 1)行的预算资金" },
                            terms: { [RelationTerm(ProcurementRows.budgetCell(table, index), 1),
                                      RelationTerm(ProcurementRows.budgetCell(table, first), -1)] })
            }
        }
    }
}
