import HuizongModel

/// T5 ↔ T6: T5 基本支出 total = T6 合计.
struct T5BasicMatchesT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_basic_matches_t6", table: .t5,
        summary: "一般公共预算财政拨款支出表基本支出合计等于基本支出表合计",
        summaryEnglish: "T5's basic-expenditure total equals T6's total",
        rationale: "T6 是一般公共预算财政拨款基本支出按经济分类的展开，总额与 T5 基本支出合计相同。",
        rationaleEnglish: "T6 breaks the general-budget basic spending down by economic class; its total is T5's basic total.",
        examples: [
            .passes("种子预算：916.65 = T6 合计 916.65"),
            .fails("T6 合计行 合计 +0.01", RuleExample.adjust(.t6, "1", "合计", by: 1)),
            .fails("T5 合计行 基本支出 −0.01", RuleExample.adjust(.t5, "1", "基本支出", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t5, .t6), let t5 = check.subject.t5, let t6 = check.subject.t6 else { return }
        let basic = TableSchema.BasicProject.basic.rawValue, total = TableSchema.T6.total.rawValue
        let t6Total = t6.totalRow
        guard let t5Total = t5.totalRow else {
            guard let t6Total, let value = t6Total.amounts[total] else { return }
            check.equal(value, .zero, termCount: 1, cell: { .classified(.t6, t6Total, total) },
                        expectedLabel: { "T5 一般公共预算财政拨款支出表 基本支出合计（未列示，按 0 计）" },
                        terms: { [RelationTerm(.classified(.t6, t6Total, total), 1)] })
            return
        }
        if t6Total == nil && t5Total.amounts[basic] == nil { return }
        check.equal(t5Total.amounts[basic], t6Total?.amounts[total] ?? .zero, termCount: 1,
                    cell: { .classified(.t5, t5Total, basic) },
                    expectedLabel: { t6Total.map { CellRef.classified(.t6, $0, total).display } ?? "T6 一般公共预算财政拨款基本支出表 合计（未列示）" },
                    terms: { [RelationTerm(.classified(.t5, t5Total, basic), 1)] + (t6Total.map { [RelationTerm(.classified(.t6, $0, total), -1)] } ?? []) })
    }
}
