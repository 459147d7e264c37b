import HuizongModel

/// T6: 人员经费 sits on 301/303 rows, 公用经费 on 302/310 rows.
struct T6PersonnelCodesRule: BudgetRule {
    static let description = RuleDescription(
        id: "t6_personnel_codes", table: .t6, severity: .warning,
        summary: "基本支出表人员经费只列在 301、303 类，公用经费只列在 302、310 类",
        summaryEnglish: "T6 personnel costs appear only under 301/303, public costs only under 302/310",
        rationale: "人员经费由工资福利支出（301）和对个人和家庭的补助（303）构成，公用经费由商品和服务支出（302）和资本性支出（310）构成；列在其他类多半是填错了栏。",
        rationaleEnglish: "Personnel costs are classes 301 and 303, public costs 302 and 310; an amount elsewhere is probably in the wrong column.",
        examples: [
            .passes("种子预算"),
            .passes("30201 办公费 人员经费 填 0.00（零不算）", RuleExample.set(.t6, "30201", "人员经费", to: .zero)),
            .fails("30201 办公费 人员经费 填 0.50", RuleExample.set(.t6, "30201", "人员经费", to: Amount("0.50"))),
            .fails("30101 基本工资 公用经费 填 1.00", RuleExample.set(.t6, "30101", "公用经费", to: Amount("1.00"))),
        ])

    /// The 类 (the first three digits, as a number) of the code whose ``ClassifiedCodeKeys``
    /// key is `key` (the code's value × 10 + its digit count: 3, 5 or 7).
    static func category(ofKey key: Int) -> Int {
        var value = key / 10
        for _ in 0..<(key % 10 - 3) { value /= 10 }
        return value
    }

    func check(_ check: inout RuleCheck) {
        guard check.require(.t6), let t6 = check.subject.t6 else { return }
        let personnel = TableSchema.T6.personnel.rawValue, publicFunds = TableSchema.T6.publicFunds.rawValue
        let rows = t6.rows, codeKeys = check.subject.codeKeys(.t6)
        for index in rows.indices {
            guard codeKeys.key(index) >= 0 else { continue }
            check.passed()
            // The 类 (first three digits) of the row's code, from its key.
            let category = Self.category(ofKey: codeKeys.key(index))
            if let value = rows[index].amounts[personnel], value != .zero, category != 301, category != 303 {
                let code = rows[index].code!
                check.fail(.classified(.t6, rows[index], personnel), message: "\(TableID.t6.label) \(code.digits) \(rows[index].name) 人员经费列有 \(value.text())：人员经费只应出现在 301 工资福利支出、303 对个人和家庭的补助", actual: value)
            }
            if let value = rows[index].amounts[publicFunds], value != .zero, category != 302, category != 310 {
                let code = rows[index].code!
                check.fail(.classified(.t6, rows[index], publicFunds), message: "\(TableID.t6.label) \(code.digits) \(rows[index].name) 公用经费列有 \(value.text())：公用经费只应出现在 302 商品和服务支出、310 资本性支出", actual: value)
            }
        }
    }
}
