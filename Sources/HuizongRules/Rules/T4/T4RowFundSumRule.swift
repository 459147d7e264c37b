import HuizongModel

/// T4: per expenditure line 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款.
struct T4RowFundSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_row_fund_sum", table: .t4,
        summary: "财政拨款收支总表每行支出合计等于三类财政拨款之和",
        summaryEnglish: "Each T4 expenditure line: total = Σ the three fund columns",
        rationale: "财政拨款支出按资金性质分为一般公共预算、政府性基金预算、国有资本经营预算三栏，相加即为合计。",
        rationaleEnglish: "Fiscal spending is split over the three funds; they add up to the total, line by line.",
        examples: [
            .passes("种子预算：二十二、国有资本经营预算支出 1435.44 = 0 + 0 + 1435.44"),
            .fails("十、卫生健康支出 一般公共预算 改为 29.17", RuleExample.adjust(.t4, "10", "支出/一般公共预算财政拨款", by: 1)),
            .fails("支出总计 合计 改为 2488.08", RuleExample.adjust(.t4, "37", "支出/合计", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), check.subject.t4Index != nil else { return }
        let lines = check.subject.t4Lines
        for line in lines.indices where lines[line].expenditure.count > T1T4.Fund.stateCapital.rawValue {
            T1T4.sum(&check, .spend(.t4, line, 0), T1T4.FundCells(line: line),
                     label: "三类财政拨款之和")
        }
    }
}
