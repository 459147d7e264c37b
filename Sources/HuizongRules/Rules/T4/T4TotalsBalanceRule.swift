import HuizongModel

/// T4: 收入总计 = 支出总计 (合计 column).
struct T4TotalsBalanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_totals_balance", table: .t4,
        summary: "财政拨款收支总表收入总计等于支出总计",
        summaryEnglish: "T4 grand total income equals grand total expenditure",
        rationale: "财政拨款收支平衡：全部财政拨款资金来源与全部安排（含年末结转和结余）相等。",
        rationaleEnglish: "Fiscal funds balance: every source is allocated, closing carry-over included.",
        examples: [
            .passes("种子预算：2488.09 = 2488.09"),
            .fails("支出总计 合计 改为 2488.10", RuleExample.adjust(.t4, "37", "支出/合计", by: 1)),
            .fails("收入总计 改为 2488.08", RuleExample.adjust(.t4, "37", "收入/金额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let income = t4.income(.grandTotal), let spend = t4.expenditure(.grandTotal) else {
            check.notChecked("T4 缺少“收入总计”或“支出总计”行"); return
        }
        T1T4.same(&check, .spend(.t4, spend), .income(.t4, income), label: "T4 财政拨款收支总表 收入总计")
    }
}
