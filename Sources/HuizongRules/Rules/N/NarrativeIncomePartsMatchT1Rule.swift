import HuizongModel

/// N: the parts of 预算收入 the narrative lists equal T1's income items 一…五 and 上年结转结余.
struct NarrativeIncomePartsMatchT1Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_income_parts_match_t1", table: .narrative,
        summary: "情况说明所列各项收入（一般公共预算、基金、国有资本经营、财政专户、单位资金、上年结转结余）等于收支总表对应收入项目",
        summaryEnglish: "The income parts the narrative lists equal T1's income items 一…五 and 上年结转结余",
        rationale: "收入说明逐项引用收支总表收入栏：一般公共预算拨款、政府性基金、国有资本经营、财政专户管理资金、单位资金和上年结转结余；表中空栏即 0.00。",
        rationaleEnglish: "The income paragraph quotes T1's income side item by item; an empty cell is 0.00.",
        examples: [
            .passes("种子预算：一般公共预算收入 1047.65，基金预算收入 0.00（表中为空）"),
            .fails("一般公共预算收入 改为 1047.66", RuleExample.adjust(.narrative, "2", "一般公共预算收入", by: 1)),
            .fails("基金预算收入 改为 0.01（表中为空）", RuleExample.adjust(.narrative, "3", "政府性基金预算收入", by: 1)),
            .fails("T1 上年结转结余 改为 682.45", RuleExample.adjust(.t1, "33", "收入/预算数", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        NarrativeClaimChecks.levels([.generalBudgetIncome, .fundBudgetIncome, .stateCapitalIncome,
                                     .specialAccountIncome, .unitFundsIncome, .carriedForward], &check)
    }
}
