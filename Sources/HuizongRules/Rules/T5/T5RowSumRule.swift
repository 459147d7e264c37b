import HuizongModel

/// T5: per row 合计 = 基本支出 + 项目支出.
struct T5RowSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t5_row_sum", table: .t5,
        summary: "一般公共预算财政拨款支出表每行合计等于基本支出加项目支出",
        summaryEnglish: "In T5 each row's total equals basic plus project expenditure",
        rationale: "一般公共预算财政拨款支出按基本支出和项目支出两部分列示，合计是两者之和。",
        rationaleEnglish: "General-budget appropriation spending is split into basic and project spending; the total is their sum.",
        examples: [
            .passes("种子预算：208 社会保障和就业支出 991.74 = 855.74 + 136.00"),
            .fails("2080109 社会保险经办机构 基本支出 +0.01", RuleExample.adjust(.t5, "2080109", "基本支出", by: 1)),
            .fails("合计行 合计 −0.01", RuleExample.adjust(.t5, "1", "合计", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t5, total: TableSchema.BasicProject.total.rawValue,
                                parts: [TableSchema.BasicProject.basic.rawValue, TableSchema.BasicProject.project.rawValue],
                                label: "基本支出 + 项目支出", &check)
    }
}
