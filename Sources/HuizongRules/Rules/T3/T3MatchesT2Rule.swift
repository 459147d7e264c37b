import HuizongModel

/// T3 ↔ T2: with no 年终结转结余 in T1, each function row spends what it receives:
/// T3 合计 = T2 合计, row by row (the 合计 row included).
struct T3MatchesT2Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t3_matches_t2", table: .t3,
        summary: "收支总表无年终结转结余时，支出总表各功能科目合计等于收入总表同一科目合计",
        summaryEnglish: "With no year-end carry-over in T1, each T3 function row total equals the T2 row total",
        rationale: "收入总表与支出总表按同一功能分类编列；资金全部安排支出、不留结转时，每个科目的收入即其支出。",
        rationaleEnglish: "T2 and T3 use the same function codes; when nothing is carried over, each code spends what it receives.",
        examples: [
            .passes("种子预算：年终结转结余为空，208 行 991.74 = 991.74"),
            .passes("年终结转结余 填 1.00 时不适用", { budget in
                RuleExample.set(.t1, "33", "支出/预算数", to: Amount("1.00"))(&budget)
                RuleExample.adjust(.t3, "2080109", "合计", by: -100)(&budget)
            }),
            .fails("T3 2080109 合计 改为 503.16", RuleExample.adjust(.t3, "2080109", "合计", by: 1)),
            .fails("T2 223 合计 改为 1435.43", RuleExample.adjust(.t2, "223", "合计", by: -1)),
            .fails("T2 删去 2210201 行", { budget in budget.t2?.rows.removeAll { $0.code?.digits == "2210201" } }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2, .t3), let t1 = check.subject.t1Index,
              let t2 = check.subject.t2, let t3 = check.subject.t3 else { return }
        guard let carried = t1.expenditure(.carriedOut) else { check.notChecked("T1 无“年终结转结余”行"); return }
        guard check.subject.t1Lines[carried].expenditure[0].orZero == .zero else { return }
        let column = TableSchema.T3.total.rawValue
        let rows = t3.rows, others = t2.rows
        let keys = check.subject.codeKeys(.t3), otherKeys = check.subject.codeKeys(.t2)
        var cursor = 0
        for row in rows.indices {
            guard let other = ClassifiedChecks.rowIndex(others, keys: otherKeys, key: keys.key(row), scheme: rows[row].code?.scheme,
                                                        cursor: &cursor) else {
                guard rows[row].amounts[column].orZero != .zero else { continue }
                let cell = CellRef.classified(.t3, rows[row], column)
                check.fail(cell,
                           message: "\(cell.display) \(rows[row].amounts[column]!.text())：T2 收入总表未列示该科目，而年终结转结余为空时各科目支出应等于其收入")
                continue
            }
            check.equal(rows[row].amounts[column], others[other].amounts[column].orZero, termCount: 1,
                        cell: { .classified(.t3, rows[row], column) },
                        expectedLabel: { CellRef.classified(.t2, others[other], column).display },
                        terms: { [RelationTerm(.classified(.t3, rows[row], column), 1), RelationTerm(.classified(.t2, others[other], column), -1)] })
        }
        // T2 rows with an amount but no T3 row.
        var back = 0
        for other in others.indices where otherKeys.key(other) >= 0
            && ClassifiedChecks.rowIndex(rows, keys: keys, key: otherKeys.key(other), scheme: others[other].code?.scheme, cursor: &back) == nil {
            guard let value = others[other].amounts[column], value != .zero else { continue }
            let cell = CellRef.classified(.t2, others[other], column)
            check.fail(cell,
                       message: "\(cell.display) \(value.text())：T3 支出总表未列示该科目，而年终结转结余为空时各科目收入应全部安排支出")
        }
    }
}
