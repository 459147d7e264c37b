import HuizongModel

/// T1 and T4 list the 31 expenditure categories with their standard names, in order.
struct StructureBalanceCategoryLabelsRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_balance_category_labels", table: .t1, severity: .warning,
        summary: "收支总表和财政拨款收支总表支出栏依次列示 31 个功能分类类级名称",
        summaryEnglish: "T1 and T4 list the 31 expenditure categories with their standard names, in order",
        rationale: "两张总表支出栏的功能分类由模板固定（一般公共服务支出 … 人行科目），支出总表等按名称与之核对；名称或次序不符会使核对对错行。",
        rationaleEnglish: "The template fixes the category lines; other tables are matched to them by name.",
        isAmountRule: false,
        examples: [
            .passes("种子预算"),
            .fails("T1 十、卫生健康支出 改为“十、医疗卫生支出”", { budget in budget.t1?.lines[9].expenditureItem = "十、医疗卫生支出" }),
            .fails("T4 删除 二十四、预备费 一行的名称", { budget in budget.t4?.lines[23].expenditureItem = "" }),
        ])

    /// The balance tables.
    static let tables: [TableID] = [.t1, .t4]
    /// The expected names, in order.
    static let expected: [String] = StructureFunctionCategories.balanceLabels

    func check(_ check: inout RuleCheck) {
        for id in Self.tables {
            guard let index = id == .t1 ? check.subject.t1Index : check.subject.t4Index else { continue }
            // The category lines and how many differ from the template, worked out with the
            // index (once per set of labels).
            let (count, mismatches) = index.templateCategories
            check.passed()
            if count != Self.expected.count {
                check.fail(.table(id, line: check.subject.balance(id)!.header.source.line),
                           message: "\(id.label) 支出栏列有 \(count) 个功能分类，模板为 \(Self.expected.count) 个（一般公共服务支出 … 人行科目）")
                continue
            }
            guard mismatches > 0 else { continue }
            for (line, name) in zip(check.subject.balance(id)!.expenditureCategoryLines, Self.expected)
            where !StructureFunctionCategories.label(line.expenditureItem, names: name) {
                check.fail(.expenditure(id, line),
                           message: "\(id.label) 第 \(line.number) 行支出项目为“\(line.expenditureItem)”，模板此行为“\(name)”")
            }
        }
    }
}
