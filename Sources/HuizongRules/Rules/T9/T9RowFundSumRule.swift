import HuizongModel

/// T9: per row 合计 = 一般公共预算 + 政府性基金 + 国有资本经营.
struct T9RowFundSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_row_fund_sum", table: .t9,
        summary: "“三公”经费支出表每行合计等于三种资金性质栏之和",
        summaryEnglish: "In T9 each row's total equals the sum of its three fund columns",
        rationale: "“三公”经费按一般公共预算、政府性基金、国有资本经营三种财政拨款分列，合计是三者之和。",
        rationaleEnglish: "Each row is split by the three kinds of appropriation; the total is their sum.",
        examples: [
            .passes("种子预算：三、公务接待费 0.15 = 0.15"),
            .fails("三、公务接待费 合计 +0.01", RuleExample.adjust(.t9, "9", "合计", by: 1)),
            .fails("合计行 国有资本经营预算财政拨款 填 0.01", RuleExample.set(.t9, "1", "国有资本经营预算财政拨款", to: Amount("0.01"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t9), let t9 = check.subject.t9 else { return }
        // Rows read in place (a row copied per iteration would retain its every field).
        let rows = t9.rows
        for index in rows.indices {
            guard rows[index].amounts.count == TableSchema.t9.count else { continue }
            let sum = rows[index].amounts[1].orZero + rows[index].amounts[2].orZero + rows[index].amounts[3].orZero
            check.equal(rows[index].amounts[0], sum, termCount: 3,
                        cell: { .threePublic(rows[index], 0) },
                        expectedLabel: { "三种资金性质之和" },
                        terms: { [RelationTerm(.threePublic(rows[index], 0), 1)] + (1...3).map { RelationTerm(.threePublic(rows[index], $0), -1) } })
        }
    }
}
