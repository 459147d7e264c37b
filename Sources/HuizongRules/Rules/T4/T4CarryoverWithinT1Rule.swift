import HuizongModel

/// T4 ↔ T1: the fiscal carry-overs are part of T1's: 年初财政拨款结转和结余 ≤ 上年结转结余,
/// 年末财政拨款结转和结余 ≤ 年终结转结余.
struct T4CarryoverWithinT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_carryover_within_t1", table: .t4,
        summary: "财政拨款收支总表年初、年末财政拨款结转和结余不超过收支总表上年结转结余、年终结转结余",
        summaryEnglish: "T4 opening / closing fiscal carry-over is at most T1's carry-over from last year / to next year",
        rationale: "收支总表的结转结余包含全部资金，财政拨款结转和结余只是其中一部分。",
        rationaleEnglish: "T1's carry-over covers every fund; the fiscal carry-over is part of it.",
        examples: [
            .passes("种子预算：682.44 ≤ 682.44，年末均为空"),
            .passes("T1 上年结转结余 大于 T4 年初财政拨款结转和结余", RuleExample.adjust(.t1, "33", "收入/预算数", by: 100)),
            .fails("T4 年初财政拨款结转和结余 改为 682.45", RuleExample.adjust(.t4, "33", "收入/金额", by: 1)),
            .fails("T4 年末财政拨款结转和结余 填 0.01", RuleExample.adjust(.t4, "33", "支出/合计", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t4), let t1 = check.subject.t1Index, let t4 = check.subject.t4Index else { return }
        let t1Lines = check.subject.t1Lines, t4Lines = check.subject.t4Lines
        if let fiscal = t4.income(.fiscalCarriedIn), let all = t1.income(.carriedIn) {
            check.atMost(t4Lines[fiscal].income[0], t1Lines[all].income[0].orZero, termCount: 1,
                         cell: { .income(.t4, t4Lines[fiscal]) }, limitLabel: { "T1 收支总表 上年结转结余" },
                         terms: { [RelationTerm(.income(.t4, t4Lines[fiscal]), 1), RelationTerm(.income(.t1, t1Lines[all]), -1)] })
        } else { check.notChecked("T4 无“年初财政拨款结转和结余”行或 T1 无“上年结转结余”行") }
        if let fiscal = t4.expenditure(.fiscalCarriedOut), let all = t1.expenditure(.carriedOut) {
            check.atMost(t4Lines[fiscal].expenditure[0], t1Lines[all].expenditure[0].orZero, termCount: 1,
                         cell: { .expenditure(.t4, t4Lines[fiscal]) }, limitLabel: { "T1 收支总表 年终结转结余" },
                         terms: { [RelationTerm(.expenditure(.t4, t4Lines[fiscal]), 1), RelationTerm(.expenditure(.t1, t1Lines[all]), -1)] })
        } else { check.notChecked("T4 无“年末财政拨款结转和结余”行或 T1 无“年终结转结余”行") }
    }
}
