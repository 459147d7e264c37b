import HuizongModel

/// T5 + T7 + T8 ≤ T3: per code (and on the 合计 row) printed in at least two of the three
/// fiscal tables, their sum in 合计, 基本支出 and 项目支出 is at most T3's. (A code in one
/// table only is left to t5/t7/t8_within_t3.)
struct T8FiscalTablesWithinT3Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_fiscal_tables_within_t3", table: .t8,
        summary: "同一科目一般公共预算、政府性基金、国有资本经营三张财政拨款支出表之和不超过支出总表",
        summaryEnglish: "Per code, T5 + T7 + T8 together are at most T3, in total, basic and project spending",
        rationale: "三类财政拨款支出都是单位全部支出的一部分，同一科目三者相加也不能超过支出总表。",
        rationaleEnglish: "The three kinds of appropriation are all part of the unit's spending, so together they cannot exceed T3.",
        examples: [
            .passes("种子预算：合计 1052.65 + 1435.44 = 2488.09 ≤ T3 2488.09"),
            .passes("填入政府性基金 12.00 后", T7SampleFund.filled()),
            .fails("T5 合计行 合计 +0.01（单独不超过 T3，与 T8 相加超过）", RuleExample.adjust(.t5, "1", "合计", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t3, .t5, .t7, .t8), let t3 = check.subject.t3 else { return }
        let rows = t3.rows
        let t5 = check.subject.t5?.rows, t7 = check.subject.t7?.rows, t8 = check.subject.t8?.rows
        let keys = check.subject.codeKeys(.t3), k5 = check.subject.codeKeys(.t5)
        let k7 = check.subject.codeKeys(.t7), k8 = check.subject.codeKeys(.t8)
        var c5 = 0, c7 = 0, c8 = 0
        for t3Row in rows.indices {
            let scheme = rows[t3Row].code?.scheme, key = keys.key(t3Row)
            let r5 = Self.counterpart(t5, k5, scheme, key, &c5), r7 = Self.counterpart(t7, k7, scheme, key, &c7),
                r8 = Self.counterpart(t8, k8, scheme, key, &c8)
            let printed = (r5 == nil ? 0 : 1) + (r7 == nil ? 0 : 1) + (r8 == nil ? 0 : 1)
            guard printed >= 2 else { continue }
            func amount(_ table: [ClassifiedRow]?, _ row: Int?, _ column: Int) -> Amount? {
                guard let table, let row else { return nil }
                return table[row].amounts[column]
            }
            for column in 0..<3 {
                let sum = amount(t5, r5, column).orZero + amount(t7, r7, column).orZero + amount(t8, r8, column).orZero
                let limit = rows[t3Row].amounts[column].orZero
                check.passed()
                guard sum > limit else { continue }
                let parts = [(TableID.t5, r5.map { t5![$0] }), (.t7, r7.map { t7![$0] }), (.t8, r8.map { t8![$0] })]
                    .compactMap { id, row in row.map { (id, $0) } }
                let t3Cell = CellRef.classified(.t3, rows[t3Row], column)
                let terms = parts.map { "\($0.0.rawValue) \($0.1.amounts[column]?.text() ?? "（空）")" }.joined(separator: " + ")
                check.fail(t3Cell,
                           message: "\(t3Cell.display) \(limit.text()) 小于三张财政拨款支出表同一栏之和 \(terms) = \(sum.text())，超出 \((sum - limit).text())：财政拨款支出不能超过支出总表",
                           expected: sum, actual: rows[t3Row].amounts[column],
                           involved: parts.map { CellRef.classified($0.0, $0.1, column).address })
            }
        }
    }

    /// The index of the row of `rows` (a table's rows) with the code of `scheme` and `key`
    /// (the 合计 row for nil and −1, T3's 合计).
    /// `cursor`: where to look next (``ClassifiedChecks/rowIndex(_:keys:key:scheme:cursor:)``).
    static func counterpart(_ rows: [ClassifiedRow]?, _ keys: ClassifiedCodeKeys, _ scheme: SubjectCode.Scheme?, _ key: Int,
                            _ cursor: inout Int) -> Int? {
        guard let rows else { return nil }
        return ClassifiedChecks.rowIndex(rows, keys: keys, key: key, scheme: scheme, cursor: &cursor)
    }
}
