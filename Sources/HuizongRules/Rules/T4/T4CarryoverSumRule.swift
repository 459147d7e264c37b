import HuizongModel

/// T4: 年初财政拨款结转和结余 = its lines by fund (34 + 35 + 36).
struct T4CarryoverSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_carryover_sum", table: .t4,
        summary: "财政拨款收支总表年初财政拨款结转和结余等于分资金性质列示的各项之和",
        summaryEnglish: "T4 opening fiscal carry-over = Σ its lines by fund",
        rationale: "年初财政拨款结转和结余按一般公共预算、政府性基金预算、国有资本经营预算分列，相加即为总数。",
        rationaleEnglish: "The opening fiscal carry-over is listed by fund; the funds add up to it.",
        examples: [
            .passes("种子预算：5.00 + 677.44 = 682.44"),
            .fails("一、一般公共预算拨款（结转） 改为 5.01", RuleExample.adjust(.t4, "34", "收入/金额", by: 1)),
            .fails("年初财政拨款结转和结余 改为 682.43", RuleExample.adjust(.t4, "33", "收入/金额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.income(.fiscalCarriedIn) else {
            check.notChecked("T4 无“年初财政拨款结转和结余”行"); return
        }
        let parts = t4.fiscalCarryoverParts
        guard !parts.isEmpty else { return }
        T1T4.sum(&check, .income(.t4, total), parts.lazy.map { .income(.t4, $0) }, label: "分资金性质的年初结转和结余之和")
    }
}
