import HuizongModel

/// T9: the nine rows of the template are all printed.
struct T9RowsPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_rows_present", table: .t9, severity: .warning,
        summary: "“三公”经费支出表列出模板规定的九行",
        summaryEnglish: "T9 prints the nine rows of the template",
        rationale: "“三公”经费表的行是固定的（合计、小计、三项经费及其“其中”行），缺行时无法核对各项之间的关系。",
        rationaleEnglish: "T9's rows are fixed by the template; a missing row leaves its relations unchecked.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("删除“三、公务接待费”行", { budget in budget.t9?.rows.removeAll { $0.label.hasSuffix("公务接待费") } }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t9) else { return }
        let found = check.subject.threePublicRows
        for kind in ThreePublicRow.allCases {
            check.passed()
            if found[kind.rawValue] == nil {
                check.fail(.table(.t9, line: check.budget.t9!.header.source.line),
                           message: "T9 财政拨款“三公”经费支出表 缺少“\(kind.label)”行：该表应按模板列出全部九行")
            }
        }
    }
}
