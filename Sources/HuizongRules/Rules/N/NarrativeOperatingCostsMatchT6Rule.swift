import HuizongModel

/// N: The narrative's running costs (机关运行经费) equal T6's 公用经费 total
struct NarrativeOperatingCostsMatchT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_operating_costs_match_t6", table: .narrative,
        summary: "情况说明所述机关运行经费等于基本支出表公用经费合计",
        summaryEnglish: "The narrative's running costs (机关运行经费) equal T6's 公用经费 total",
        rationale: "机关运行经费是单位的公用经费，即一般公共预算财政拨款基本支出表公用经费合计。",
        rationaleEnglish: "机关运行经费 are the unit's public (office) funds: T6's 公用经费 total.",
        examples: [
            .passes("种子预算：机关运行经费 20.55 = 公用经费 20.55"),
            .fails("机关运行经费 改为 20.54", RuleExample.adjust(.narrative, "24", "机关运行经费", by: -1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.operatingCosts], &check) }
}
