import HuizongModel

/// T2 ↔ T1: T1 item 五 单位资金 = the 合计 row's 事业收入 + 经营收入 + 上级补助收入 +
/// 附属单位上缴收入 + 其他收入 (T2 columns 7–11).
struct T2UnitFundsMatchT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t2_unit_funds_match_t1", table: .t2,
        summary: "收支总表单位资金等于收入总表合计行事业收入、经营收入、上级补助收入、附属单位上缴收入、其他收入之和",
        summaryEnglish: "T1 item 5 (unit funds) = T2 total of business, operating, superior, affiliated and other income",
        rationale: "单位资金即财政拨款和财政专户以外、由单位组织的各项收入。",
        rationaleEnglish: "Unit funds are every income other than fiscal appropriations and special accounts.",
        examples: [
            .passes("种子预算：（空） = 各栏均空"),
            .passes("T1 五 填 3.00，T2 事业收入 1.00、其他收入 2.00", { budget in
                RuleExample.set(.t1, "5", "收入/预算数", to: Amount("3.00"))(&budget)
                RuleExample.set(.t2, "1", "事业收入", to: Amount("1.00"))(&budget)
                RuleExample.set(.t2, "1", "其他收入", to: Amount("2.00"))(&budget)
            }),
            .fails("T2 合计行 上级补助收入 填 0.01", RuleExample.adjust(.t2, "1", "上级补助收入", by: 1)),
            .fails("T1 五、单位资金 填 0.01", RuleExample.adjust(.t1, "5", "收入/预算数", by: 1)),
        ])

    static let columns: [Int] = Array(TableSchema.T2.business.rawValue...TableSchema.T2.other.rawValue)

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t2), let t1 = check.subject.t1Index, let t2 = check.subject.t2 else { return }
        guard let line = t1.unitFunds else { check.notChecked("T1 无单位资金收入行"); return }
        guard let total = t2.rows.firstIndex(where: { $0.code == nil }) else { check.notChecked("T2 收入总表 无合计行"); return }
        let lines = check.subject.t1Lines
        var sum = Amount.zero
        for column in Self.columns { sum += t2.rows[total].amounts[column].orZero }
        check.equal(lines[line].income[0], sum, termCount: Self.columns.count,
                    cell: { .income(.t1, lines[line]) },
                    expectedLabel: { "T2 收入总表 合计行 事业收入至其他收入各栏之和" },
                    terms: { [RelationTerm(.income(.t1, lines[line]), 1)] + Self.columns.map { RelationTerm(.classified(.t2, t2.rows[total], $0), -1) } })
    }
}
