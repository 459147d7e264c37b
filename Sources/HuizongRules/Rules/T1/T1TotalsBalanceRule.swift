import HuizongModel

/// T1: 收入总计 = 支出总计.
struct T1TotalsBalanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "t1_totals_balance", table: .t1,
        summary: "收支总表收入总计等于支出总计",
        summaryEnglish: "T1 grand total income equals grand total expenditure",
        rationale: "预算收支平衡：全部资金来源与全部资金安排（含年终结转结余）相等。",
        rationaleEnglish: "A budget balances: every source of funds is allocated, carry-over included.",
        examples: [
            .passes("种子预算：2488.09 = 2488.09"),
            .fails("支出总计 改为 2488.10", RuleExample.adjust(.t1, "34", "支出/预算数", by: 1)),
            .fails("收入总计 改为 2488.08", RuleExample.adjust(.t1, "34", "收入/预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1), let t1 = check.subject.t1Index else { return }
        guard let income = t1.income(.grandTotal), let spend = t1.expenditure(.grandTotal) else {
            check.notChecked("T1 缺少“收入总计”或“支出总计”行"); return
        }
        T1T4.same(&check, .spend(.t1, spend), .income(.t1, income), label: "T1 收支总表 收入总计")
    }
}
