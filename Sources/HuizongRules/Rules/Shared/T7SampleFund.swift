import HuizongModel

/// A 政府性基金 appropriation added to the seed budget consistently, so that the T7 rules have
/// a filled table to check in their examples and in the guard test.
///
/// The seed's T7 is empty (空表列示). `fill` adds 12.00 万元 of 项目支出 under
/// 229 其他支出 / 22960 彩票公益金安排的支出 / 2296002 用于社会福利的彩票公益金支出, financed by
/// 政府性基金预算拨款, to T1, T2, T3, T4 and T7, so that every T1–T8 relation still holds.
/// (The narrative still quotes the seed's totals.)
enum T7SampleFund {
    /// The amount added, in hundredths of 万元.
    static let hundredths: Int64 = 1200
    /// The function codes and names of the added rows (类, 款, 项).
    static let rows: [(code: String, name: String)] = [
        ("229", "其他支出"), ("22960", "彩票公益金安排的支出"), ("2296002", "用于社会福利的彩票公益金支出"),
    ]

    /// Adds the fund appropriation to `budget` (the seed or a budget of the same shape).
    static func fill(_ budget: inout Budget) {
        let amount = Amount(wanHundredths: hundredths)
        func add(_ table: TableID, _ row: String, _ column: String) {
            let address = CellAddress(table, row, column)
            budget.setAmount(budget.amount(at: address).orZero + amount, at: address)
        }
        // T1: income item 二, category 二十五、其他支出, the two total lines on both sides.
        if let t1 = budget.t1 {
            let category = t1.lines.first { $0.expenditureItem.droppingOrdinal == "其他支出" }?.number ?? 25
            add(.t1, "2", "收入/预算数")
            add(.t1, String(category), "支出/预算数")
            for line in ["本年收入合计", "收入总计"] { if let l = t1.line(income: line) { add(.t1, String(l.number), "收入/预算数") } }
            for line in ["本年支出合计", "支出总计"] { if let l = t1.line(expenditure: line) { add(.t1, String(l.number), "支出/预算数") } }
        }
        // T4: income 政府性基金预算拨款, the category line and the totals in 合计 and 政府性基金.
        if let t4 = budget.t4 {
            let category = t4.lines.first { $0.expenditureItem.droppingOrdinal == "其他支出" }?.number ?? 25
            add(.t4, "2", "收入/金额")
            for line in ["本年收入合计", "收入总计"] { if let l = t4.line(income: line) { add(.t4, String(l.number), "收入/金额") } }
            var spend = [category]
            for line in ["本年支出合计", "支出总计"] { if let l = t4.line(expenditure: line) { spend.append(l.number) } }
            for number in spend {
                add(.t4, String(number), "支出/合计")
                add(.t4, String(number), "支出/政府性基金预算财政拨款")
            }
        }
        // T2 and T3: the 合计 row and three new rows.
        if var t2 = budget.t2 {
            appendRows(&t2, [amount, amount, amount, nil, nil, nil, nil, nil, nil, nil])
            budget.t2 = t2
            add(.t2, "1", "合计"); add(.t2, "1", "小计"); add(.t2, "1", "财政拨款收入")
        }
        if var t3 = budget.t3 {
            appendRows(&t3, [amount, nil, amount, nil, nil, nil])
            budget.t3 = t3
            add(.t3, "1", "合计"); add(.t3, "1", "项目支出")
        }
        // T7: 合计 and the three rows; no 空表 note.
        if var t7 = budget.t7 {
            let values: [Amount?] = [amount, nil, amount]
            t7.rows = [ClassifiedRow(number: 1, code: nil, name: "合计", amounts: values)]
            appendRows(&t7, values)
            t7.note = nil
            budget.t7 = t7
        }
    }

    /// A change that fills T7 (``fill(_:)``) and then applies `change`: for the examples of the T7 rules.
    static func filled(_ change: @escaping @Sendable (inout Budget) -> Void = { _ in }) -> @Sendable (inout Budget) -> Void {
        { budget in fill(&budget); change(&budget) }
    }

    /// Appends the 类/款/项 rows with `amounts`, numbered after the last row.
    private static func appendRows(_ table: inout ClassifiedTable, _ amounts: [Amount?]) {
        var number = (table.rows.last?.number ?? table.rows.count) + 1
        for (code, name) in rows {
            table.rows.append(ClassifiedRow(number: number, code: SubjectCode(function: code), name: name, amounts: amounts))
            number += 1
        }
    }
}
