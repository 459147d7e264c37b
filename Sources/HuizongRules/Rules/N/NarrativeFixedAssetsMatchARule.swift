import HuizongModel

/// N: The narrative's fixed assets at last year end equal the asset table's total
struct NarrativeFixedAssetsMatchARule: BudgetRule {
    static let description = RuleDescription(
        id: "n_fixed_assets_match_a", table: .narrative,
        summary: "情况说明所述上年末固定资产金额等于固定资产占用情况表资产总额",
        summaryEnglish: "The narrative's fixed assets at last year end equal the asset table's total",
        rationale: "国有资产信息一节引用的上年末固定资产金额即其后固定资产占用情况表的资产总额价值。",
        rationaleEnglish: "The fixed-asset figure quoted in part 七 is the asset table's total value that follows it.",
        examples: [
            .passes("种子预算：83.46 = 资产总额 83.46"),
            .fails("上年末固定资产金额 改为 83.47", RuleExample.adjust(.narrative, "32", "上年末固定资产金额", by: 1)),
        ])

    func check(_ check: inout RuleCheck) { NarrativeClaimChecks.levels([.fixedAssets], &check) }
}
