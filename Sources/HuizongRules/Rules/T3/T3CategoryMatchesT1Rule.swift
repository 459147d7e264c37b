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
        guard check.require(.t1, .t3), let t1 = check.subject.t1Index, let t3 = check.subject.t3 else { return }
        let lines = check.subject.t1Lines, categories = t1.categories, rows = t3.rows
        var matched: [Int] = []  // line numbers (a few tens at most)
        matched.reserveCapacity(categories.count)
        for row in rows.indices {
            guard let code = rows[row].code, code.level == .category else { continue }
            // The last T1 line of that name, as a lookup table filled in order would give.
            guard let line = t1.category(named: rows[row].name, in: lines, last: true) else {
                let cell = CellRef.classified(.t3, rows[row], 0)
                check.fail(cell,
                           message: "\(cell.display) \(rows[row].amounts[0]?.text() ?? "（空）")：T1 收支总表支出栏没有同名的“\(rows[row].name)”")
                continue
            }
            matched.append(lines[line].number)
            check.equal(rows[row].amounts[0], lines[line].expenditure[0].orZero, termCount: 1,
                        cell: { .classified(.t3, rows[row], 0) },
                        expectedLabel: { CellRef.expenditure(.t1, lines[line]).display },
                        terms: { [RelationTerm(.classified(.t3, rows[row], 0), 1), RelationTerm(.expenditure(.t1, lines[line]), -1)] })
        }
        // T1 categories with an amount but no T3 row.
        for line in categories where !matched.contains(lines[line].number) {
            guard let value = lines[line].expenditure[0], value != .zero else { continue }
            check.equal(.zero, value, termCount: 1,
                        cell: { .expenditure(.t1, lines[line]) },
                        expectedLabel: { "T3 支出总表 无此类（应为 0）" },
                        terms: { [RelationTerm(.expenditure(.t1, lines[line]), -1)] })
        }
    }
}
