import HuizongModel

/// P: the items of one project add up to at most its 预算资金.
struct ProcurementItemsWithinProjectBudgetRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_items_within_project_budget", table: .procurement,
        summary: "政府采购预算同一项目各品目采购金额之和不超过该项目预算资金",
        summaryEnglish: "The items of one P project add up to at most the project's budget",
        rationale: "政府采购金额是从项目预算中安排的，不能超过项目预算资金（项目还可能有非采购支出）。",
        rationaleEnglish: "Purchases are paid from the project's budget, so they cannot exceed it (a project may also spend on other things).",
        examples: [
            .passes("种子预算：公用经费一 3.40 + 4.20 = 7.60 ≤ 7.60"),
            .fails("公用经费一 两行预算资金改为 7.59", { budget in
                budget.setAmount(Amount("7.59"), at: CellAddress(.procurement, "3", "预算资金"))
                budget.setAmount(Amount("7.59"), at: CellAddress(.procurement, "4", "预算资金"))
            }),
            .fails("鼓粉盒（养老保险各险种经办业务费）合计 改为 1.31", RuleExample.adjust(.procurement, "7", "合计", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let allRows = table.rows
        let projects = check.subject.procurementProjects
        for project in 0..<projects.count {
            let rows = projects.range(project)
            let first = projects.rows[rows.lowerBound]
            guard let budget = table.rows[first].projectBudget else { continue }
            // The sum and the excess in 分 (an overflow traps as `Amount`'s arithmetic does);
            // `Amount`s are made only for a finding.
            var sumFen: Int64 = 0
            for position in rows { sumFen += ProcurementRows.value(allRows, projects.rows[position], ProcurementRows.total).orZero.fen }
            let excessFen = sumFen - budget.fen
            guard excessFen > 0 else { check.passed(); continue }
            let sum = Amount(fen: sumFen), excess = Amount(fen: excessFen)
            let name = table.rows[first].projectName
            check.fail(ProcurementRows.budgetCell(table, first),
                       message: "\(TableID.procurement.label) 项目“\(name)”各采购品目金额合计 \(sum.text()) 超过该项目预算资金 \(budget.text())，超出 \(excess.text())",
                       expected: budget, actual: sum,
                       involved: projects.rows[rows].map { ProcurementRows.cell(table, $0, ProcurementRows.total).address })
        }
    }
}
