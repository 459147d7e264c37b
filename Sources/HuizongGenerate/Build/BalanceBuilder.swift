import HuizongModel

/// T1 收支总表 and T4 财政拨款收支总表 from the unit's allocations.
enum BalanceBuilder {
    /// T1 income items 一…五 as printed.
    static let t1Income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
                           "四、财政专户管理资金收入", "五、单位资金"]
    /// T4 income items (also lines 34–36, the carry-over by fund).
    static let t4Income = ["一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款"]

    /// The sources of T1 items 一…四 (五 is every kind of 单位资金).
    static let fiscalSources: [FundSource] = [.general, .governmentFund, .stateCapital]

    /// T1: 34 lines.
    static func t1(_ header: TableHeader, _ allocations: [Allocation]) -> BalanceTable {
        var items = fiscalSources.map { source in allocations.total { $0.source == source } }
        items.append(allocations.total { $0.source == .specialAccount })
        items.append(allocations.total { $0.source.isUnitFunds })
        let current = items.reduce(0, +)
        let carried = allocations.total { $0.source.isCarryover }
        let categories = ExpenditureCategories.balanceLines
        var lines: [BalanceLine] = []
        var spent: Hundredths = 0
        for (index, category) in categories.enumerated() {
            let amount = category.code.map { code in allocations.total { $0.item.hasPrefix(code) } } ?? 0
            spent += amount
            lines.append(BalanceLine(number: index + 1, incomeItem: index < items.count ? t1Income[index] : "",
                                     income: [index < items.count ? items[index].cell : nil],
                                     expenditureItem: category.label, expenditure: [amount.cell]))
        }
        lines.append(BalanceLine(number: 32, incomeItem: "本年收入合计", income: [current.amount],
                                 expenditureItem: "本年支出合计", expenditure: [spent.amount]))
        lines.append(BalanceLine(number: 33, incomeItem: "上年结转结余", income: [carried.cell],
                                 expenditureItem: "年终结转结余", expenditure: [nil]))
        lines.append(BalanceLine(number: 34, incomeItem: "收入总计", income: [(current + carried).amount],
                                 expenditureItem: "支出总计", expenditure: [spent.amount]))
        return BalanceTable(header: header, lines: lines)
    }

    /// T4: 37 lines; expenditure columns 合计 and the three funds.
    static func t4(_ header: TableHeader, _ allocations: [Allocation]) -> BalanceTable {
        let fiscal = allocations.filter { $0.source.fiscalFund != nil }
        let income = fiscalSources.map { source in fiscal.total { $0.source == source } }
        let carried = fiscalSources.map { source in fiscal.total { $0.source == source.carryover } }
        func columns(_ include: (Allocation) -> Bool) -> [Amount?] {
            var funds = [Hundredths](repeating: 0, count: 4)
            for allocation in fiscal where include(allocation) {
                funds[0] += allocation.amount
                funds[allocation.source.fiscalFund!] += allocation.amount
            }
            return funds.map(\.cell)
        }
        var lines: [BalanceLine] = []
        for (index, category) in ExpenditureCategories.balanceLines.enumerated() {
            let spend = category.code.map { code in columns { $0.item.hasPrefix(code) } } ?? [nil, nil, nil, nil]
            lines.append(BalanceLine(number: index + 1, incomeItem: index < 3 ? t4Income[index] : "",
                                     income: [index < 3 ? income[index].cell : nil],
                                     expenditureItem: category.label, expenditure: spend))
        }
        let total = columns { _ in true }
        let current = income.reduce(0, +), carry = carried.reduce(0, +)
        lines.append(BalanceLine(number: 32, incomeItem: "本年收入合计", income: [current.cell],
                                 expenditureItem: "本年支出合计", expenditure: total))
        lines.append(BalanceLine(number: 33, incomeItem: "年初财政拨款结转和结余", income: [carry.cell],
                                 expenditureItem: "年末财政拨款结转和结余", expenditure: [nil, nil, nil, nil]))
        for index in 0..<3 {
            lines.append(BalanceLine(number: 34 + index, incomeItem: t4Income[index], income: [carried[index].cell],
                                     expenditureItem: "", expenditure: [nil, nil, nil, nil]))
        }
        lines.append(BalanceLine(number: 37, incomeItem: "收入总计", income: [(current + carry).cell],
                                 expenditureItem: "支出总计", expenditure: total))
        return BalanceTable(header: header, lines: lines)
    }
}
