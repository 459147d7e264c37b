extension RuleRegistry {
    /// The rules of group Asset, sorted by id.
    static let assetRules: [any BudgetRule.Type] = [
        AssetOfficeWithinBuildingsRule.self,
        AssetTotalSumRule.self,
        AssetValuesNotNegativeRule.self,
    ]
}
