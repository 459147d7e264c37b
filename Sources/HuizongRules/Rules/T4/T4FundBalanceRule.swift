import HuizongModel

/// T4: per fund, 支出总计 of the fund's column = the fund's income + its 年初结转和结余.
struct T4FundBalanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_fund_balance", table: .t4,
        summary: "财政拨款收支总表分资金性质收支平衡：各类资金支出总计等于该类拨款收入加其年初结转和结余",
        summaryEnglish: "T4 balances per fund: the fund column's grand total = the fund's income + its opening carry-over",
        rationale: "三类财政资金不得互相调剂，每类资金的安排等于其本年拨款与年初结转结余之和。",
        rationaleEnglish: "The three fiscal funds are kept apart: each spends its own appropriation and carry-over.",
        examples: [
            .passes("种子预算：一般公共预算 1052.65 = 1047.65 + 5.00；国有资本经营 1435.44 = 758.00 + 677.44"),
            .passes("一般公共预算拨款 1.00 改列为年初结转", { budget in
                RuleExample.adjust(.t4, "1", "收入/金额", by: -100)(&budget)
                RuleExample.adjust(.t4, "34", "收入/金额", by: 100)(&budget)
            }),
            .fails("支出总计 一般公共预算 改为 1052.66", RuleExample.adjust(.t4, "37", "支出/一般公共预算财政拨款", by: 1)),
            .fails("三、国有资本经营预算拨款（结转） 改为 677.43", RuleExample.adjust(.t4, "36", "收入/金额", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t4), let t4 = check.subject.t4Index else { return }
        guard let total = t4.expenditure(.grandTotal) else { check.notChecked("T4 无“支出总计”行"); return }
        let columns = check.subject.t4Lines[total].expenditure.count
        for fund in T1T4.Fund.allCases where fund.rawValue < columns {
            guard let income = t4.incomeItem(fund), let carried = t4.carryover(fund) else {
                check.notChecked("T4 无\(fund.keyword)拨款收入行或其年初结转和结余行"); continue
            }
            T1T4.sum(&check, .spend(.t4, total, fund.rawValue), T1T4.CellPair(.income(.t4, income), .income(.t4, carried)),
                     label: "\(fund.keyword)拨款收入与其年初结转和结余之和")
        }
    }
}
