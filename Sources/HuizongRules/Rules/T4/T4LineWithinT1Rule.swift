import HuizongModel

/// T4 ↔ T1: each expenditure category's fiscal 合计 is at most the T1 line of the same category.
struct T4LineWithinT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_line_within_t1", table: .t4,
        summary: "财政拨款收支总表各支出功能分类合计不超过收支总表同名支出",
        summaryEnglish: "Each T4 expenditure category total is at most the T1 line of the same category",
        rationale: "财政拨款支出是全部支出的一部分（另有财政专户和单位资金安排的支出）。",
        rationaleEnglish: "Fiscal spending is part of all spending, which also includes special-account and unit funds.",
        examples: [
            .passes("种子预算：八、社会保障和就业支出 991.74 ≤ 991.74"),
            .passes("T1 与 T4 同一类同时增加 1.00", { budget in
                RuleExample.adjust(.t1, "10", "支出/预算数", by: 100)(&budget)
                RuleExample.adjust(.t4, "10", "支出/合计", by: 100)(&budget)
            }),
            .fails("T4 二十、住房保障支出 合计 改为 31.76", RuleExample.adjust(.t4, "20", "支出/合计", by: 1)),
            .fails("T1 二十二、国有资本经营预算支出 改为 1435.43", RuleExample.adjust(.t1, "22", "支出/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t4), let t1 = check.subject.t1Index, let t4 = check.subject.t4Index else { return }
        let t1Lines = check.subject.t1Lines, t4Lines = check.subject.t4Lines
        T1T4.forEachCategoryPair(&check, .t4, t4Lines, t4, in: t1Lines, t1,
                                 missing: { "T1 收支总表支出栏没有同名的“\($0)”" }) { check, line, source in
            check.atMost(t4Lines[line].expenditure[0], t1Lines[source].expenditure[0].orZero, termCount: 1,
                         cell: { .expenditure(.t4, t4Lines[line]) },
                         limitLabel: { CellRef.expenditure(.t1, t1Lines[source]).display },
                         terms: { [RelationTerm(.expenditure(.t4, t4Lines[line]), 1), RelationTerm(.expenditure(.t1, t1Lines[source]), -1)] })
        }
    }
}
