import HuizongModel

/// T9 ↔ T6: T9 公务接待费 一般公共预算 ≥ T6 30217 公务接待费 合计.
struct T9ReceptionCoversT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_reception_covers_t6", table: .t9,
        summary: "“三公”经费表公务接待费一般公共预算财政拨款不小于基本支出表 30217 公务接待费",
        summaryEnglish: "T9 official reception (general budget) is at least T6 30217 official reception",
        rationale: "基本支出中的公务接待费是一般公共预算财政拨款“三公”经费公务接待费的一部分（项目支出中还可能有）。",
        rationaleEnglish: "Reception costs in the basic budget are part of the general-budget reception figure in T9.",
        examples: [
            .passes("种子预算：0.15 ≥ 0.15"),
            .passes("T9 公务接待费 一般公共预算财政拨款 +0.05（项目中另有接待费）", RuleExample.adjust(.t9, "9", "一般公共预算财政拨款", by: 5)),
            .fails("T6 30217 公务接待费 合计 +0.01", RuleExample.adjust(.t6, "30217", "合计", by: 1)),
            .fails("T9 公务接待费 一般公共预算财政拨款 −0.01", RuleExample.adjust(.t9, "9", "一般公共预算财政拨款", by: -1)),
        ])

    static let code = SubjectCode(economic: "30217")

    func check(_ check: inout RuleCheck) { ThreePublicRows.coversT6(.reception, economic: Self.code, &check) }
}
