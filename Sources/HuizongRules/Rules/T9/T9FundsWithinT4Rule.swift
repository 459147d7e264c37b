import HuizongModel

/// T9 ≤ T4: the 合计 row, column by column, is at most T4 本年支出合计 of the same fund.
struct T9FundsWithinT4Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_funds_within_t4", table: .t9,
        summary: "“三公”经费合计各资金性质栏不超过财政拨款收支总表本年支出合计的同一栏",
        summaryEnglish: "T9's total, per fund, is at most T4's year expenditure total of that fund",
        rationale: "“三公”经费由财政拨款安排，是同一资金性质财政拨款支出的一部分。",
        rationaleEnglish: "The three public expenses are paid from appropriations, so each fund's figure is part of its T4 total.",
        examples: [
            .passes("种子预算：0.15 ≤ 1052.65"),
            .fails("T9 合计行 政府性基金预算拨款 填 0.01（T4 该栏为空）", RuleExample.set(.t9, "1", "政府性基金预算拨款", to: Amount("0.01"))),
            .fails("T9 合计行 国有资本经营预算财政拨款 填 1435.45", RuleExample.set(.t9, "1", "国有资本经营预算财政拨款", to: Amount("1435.45"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4, .t9), let t4 = check.subject.t4Index, let t9 = check.subject.t9 else { return }
        guard let total = check.subject.threePublicRows[ThreePublicRow.total.rawValue].map({ t9.rows[$0] }) else { check.notChecked("T9 无“合计”行"); return }
        guard let line = t4.firstYearSpend else { check.notChecked("T4 无“本年支出合计”行"); return }
        let lines = check.subject.t4Lines
        // T9 columns and T4 expenditure columns are in the same order: 合计, 一般公共预算, 政府性基金, 国有资本经营.
        for column in 0..<min(TableSchema.t9.count, lines[line].expenditure.count) {
            check.atMost(total.amounts[column], lines[line].expenditure[column].orZero, termCount: 1,
                         cell: { .threePublic(total, column) },
                         limitLabel: { CellRef.expenditure(.t4, lines[line], column).display },
                         terms: { [RelationTerm(.threePublic(total, column), 1), RelationTerm(.expenditure(.t4, lines[line], column), -1)] })
        }
    }
}
