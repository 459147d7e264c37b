import HuizongModel

/// T3 ↔ T1: each 类 row's 合计 equals the T1 expenditure line of the same category.
struct T3CategoryMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_category_matches_t1", table: .t3,
        summary: "支出总表各类合计等于收支总表同名支出功能分类",
        summaryEnglish: "Each T3 category total equals the T1 expenditure line of the same category",
        rationale: "收支总表支出栏按功能分类类级列示，与支出总表类级合计是同一数字。",
        rationaleEnglish: "T1's expenditure side lists the same category totals as T3's category rows.",
        examples: [
            .passes("种子预算：208 = 八、社会保障和就业支出 991.74"),
            .fails("T1 八、社会保障和就业支出 改为 991.84", RuleExample.adjust(.t1, "8", "支出/预算数", by: 10)),
            .fails("T3 221 住房保障支出 合计 改为 31.76", RuleExample.adjust(.t3, "221", "合计", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t3), let t1 = check.budget.t1, let t3 = check.budget.t3 else { return }
        let categories = t1.expenditureCategoryLines
        var matched: Set<Int> = []
        for row in t3.rows {
            guard let code = row.code, code.level == .category else { continue }
            // The last T1 line of that name, as a lookup table filled in order would give.
            guard let at = categories.indices.last(where: { categories[$0].expenditureItem.sameName(ignoringOrdinal: row.name) }) else {
                check.fail(.classified(.t3, row, 0),
                           message: "\(CellRef.classified(.t3, row, 0).display) \(row.amounts[0]?.text() ?? "（空）")：T1 收支总表支出栏没有同名的“\(row.name)”")
                continue
            }
            let line = categories[at]
            matched.insert(line.number)
            check.equal(row.amounts[0], line.expenditure[0].orZero, termCount: 1,
                        cell: { .classified(.t3, row, 0) },
                        expectedLabel: { CellRef.expenditure(.t1, line).display },
                        terms: { [RelationTerm(.classified(.t3, row, 0), 1), RelationTerm(.expenditure(.t1, line), -1)] })
        }
        // T1 categories with an amount but no T3 row.
        for line in categories where !matched.contains(line.number) {
            guard let value = line.expenditure[0], value != .zero else { continue }
            check.equal(.zero, value, termCount: 1,
                        cell: { .expenditure(.t1, line) },
                        expectedLabel: { "T3 支出总表 无此类（应为 0）" },
                        terms: { [RelationTerm(.expenditure(.t1, line), -1)] })
        }
    }
}
