import HuizongModel

/// Every table header names the same unit code, unit name, scope, 预算年度 and 单位 as the budget.
struct StructureHeadersAgreeRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_headers_agree", table: .t1,
        summary: "各表表头的单位编码、单位名称、预算年度、金额单位一致",
        summaryEnglish: "Every table header names the same unit code, unit name, budget year and currency",
        rationale: "同一份预算公开的各表属于同一单位、同一年度，表头不一致多半是拼接了其他单位或其他年度的表。",
        rationaleEnglish: "All tables of one disclosure belong to one unit and year; a differing header usually means a table from another unit or year.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("T5 表头预算年度改为 2024", { budget in budget.t5?.header.budgetYear = 2024 }),
            .fails("T9 表头单位名称改为其他单位", { budget in budget.t9?.header.unitName = "秦皇岛市海港区人力资源和社会保障局" }),
            .fails("政府采购预算表头单位编码改为 323001", { budget in budget.procurement?.header.unitCode = "323001" }),
        ])

    static let tables: [TableID] = TableID.nine + [.procurement, .assets]

    func check(_ check: inout RuleCheck) {
        let budget = check.budget
        let name = StructureText.key(budget.name)
        for id in Self.tables {
            guard let header = budget.header(of: id) else { continue }
            var problems: [String] = []
            if header.unitCode != budget.code { problems.append("单位编码为 \(header.unitCode)（应为 \(budget.code)）") }
            if !StructureText.equal(header.unitName, budget.name) && !StructureText.equal(StructureText.key(header.unitName), name) { problems.append("单位名称为“\(header.unitName)”（应为“\(budget.name)”）") }
            if header.scope != budget.scope { problems.append("标题为\(header.scope.rawValue)预算（应为\(budget.scope.rawValue)预算）") }
            if let year = header.budgetYear, let expected = budget.year, year != expected {
                problems.append("预算年度为 \(year)（应为 \(expected)）")
            }
            if let currency = header.currency, currency != budget.currency {
                problems.append("金额单位为\(currency)（应为\(budget.currency)）")
            }
            check.passed()
            if !problems.isEmpty {
                check.fail(.table(id, line: header.source.line),
                           message: "\(id.label) 表头与本预算不一致：" + problems.joined(separator: "；"))
            }
        }
    }
}
