import HuizongModel

/// N: the “三公” figures the narrative quotes equal T9's 合计 column.
struct NarrativeThreePublicMatchT9Rule: BudgetRule {
    static let description = RuleDescription(
        id: "n_three_public_match_t9", table: .narrative,
        summary: "情况说明所述“三公”经费总额及因公出国（境）费、公务用车购置及运维费（购置费、运维费）、公务接待费等于“三公”经费支出表合计栏",
        summaryEnglish: "The narrative's “three public” figures (total and each part) equal T9's 合计 column",
        rationale: "“三公”经费说明逐项引用财政拨款“三公”经费支出表合计栏：小计、因公出国（境）费、公务用车购置及运维费及其购置费和运行维护费、公务接待费；表中空栏即 0.00。",
        rationaleEnglish: "Part 四 quotes T9's 合计 column row by row; an empty cell is 0.00.",
        examples: [
            .passes("种子预算：“三公”经费 0.15，公务接待费 0.15，其余 0.00"),
            .fails("“三公”经费 改为 0.16", RuleExample.adjust(.narrative, "25", "“三公”经费", by: 1)),
            .fails("公务用车运维费 改为 0.01（表中为空）", RuleExample.adjust(.narrative, "29", "公务用车运行维护费", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        NarrativeClaimChecks.levels([.threePublic, .travelAbroad, .officialVehicles, .vehiclePurchase,
                                     .vehicleOperation, .reception], &check)
    }
}
