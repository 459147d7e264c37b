import HuizongModel

/// T4 ↔ T1: when every fund of T1 is fiscal (no 财政专户 or 单位资金 income, and T1's
/// carry-over is all fiscal carry-over), each T4 expenditure line's 合计 equals the T1
/// line of the same category.
struct T4CategoryMatchesT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t4_category_matches_t1", table: .t4,
        summary: "收支总表无财政专户和单位资金收入、上年结转结余均为财政拨款结转时，财政拨款收支总表各支出功能分类合计等于收支总表同名支出",
        summaryEnglish: "When all T1 funds are fiscal, each T4 expenditure category total equals the T1 line of the same category",
        rationale: "全部资金均为财政拨款时，财政拨款支出就是全部支出，两表逐类相等；否则只要求不超过（t4_line_within_t1）。",
        rationaleEnglish: "When every fund is fiscal, fiscal spending is all spending, category by category.",
        examples: [
            .passes("种子预算：资金全部为财政拨款，八、社会保障和就业支出 991.74 = 991.74"),
            .passes("T1 五、单位资金 填 1.00 时不适用", { budget in
                RuleExample.set(.t1, "5", "收入/预算数", to: Amount("1.00"))(&budget)
                RuleExample.adjust(.t4, "10", "支出/合计", by: -100)(&budget)
            }),
            .fails("T4 十、卫生健康支出 合计 改为 29.15", RuleExample.adjust(.t4, "10", "支出/合计", by: -1)),
            .fails("T1 八、社会保障和就业支出 改为 991.75", RuleExample.adjust(.t1, "8", "支出/预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.t1, .t4), let t1 = check.subject.t1Index, let t4 = check.subject.t4Index else { return }
        let t1Lines = check.subject.t1Lines, t4Lines = check.subject.t4Lines
        guard let carried = t1.income(.carriedIn), let fiscalCarried = t4.income(.fiscalCarriedIn) else {
            check.notChecked("T1 无“上年结转结余”行或 T4 无“年初财政拨款结转和结余”行"); return
        }
        for item in [t1.specialAccount, t1.unitFunds] {
            if let item, t1Lines[item].income[0].orZero != .zero { return }
        }
        guard t1Lines[carried].income[0].orZero == t4Lines[fiscalCarried].income[0].orZero else { return }
        T1T4.forEachCategoryPair(&check, .t1, t1Lines, t1, in: t4Lines, t4,
                                 missing: { "T4 财政拨款收支总表支出栏没有同名的“\($0)”，而全部资金均为财政拨款" }) { check, source, line in
            T1T4.same(&check, .spend(.t4, line), .spend(.t1, source), label: CellRef.expenditure(.t1, t1Lines[source]).display)
        }
    }
}
