import HuizongModel

/// T8: per row 合计 = 基本支出 + 项目支出.
struct T8RowSumRule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_row_sum", table: .t8,
        summary: "国有资本经营预算财政拨款支出表每行合计等于基本支出加项目支出",
        summaryEnglish: "In T8 each row's total equals basic plus project expenditure",
        rationale: "国有资本经营预算财政拨款支出按基本支出和项目支出两部分列示，合计是两者之和。",
        rationaleEnglish: "State-capital appropriation spending is split into basic and project spending; the total is their sum.",
        examples: [
            .passes("种子预算"),
            .fails("2230105 项目支出 +0.01", { budget in RuleExample.adjust(.t8, "2230105", "项目支出", by: 1)(&budget) }),
            .fails("合计行 合计 −0.01", { budget in RuleExample.adjust(.t8, "1", "合计", by: -1)(&budget) }),
        ])

    func check(_ check: inout RuleCheck) {
        ClassifiedChecks.rowSum(.t8, total: TableSchema.BasicProject.total.rawValue,
                                parts: [TableSchema.BasicProject.basic.rawValue, TableSchema.BasicProject.project.rawValue],
                                label: "基本支出 + 项目支出", &check)
    }
}
