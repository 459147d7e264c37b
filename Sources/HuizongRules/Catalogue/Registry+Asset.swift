extension RuleRegistry {
    /// The rules of group Asset, sorted by id.
    static let assetRules: [any BudgetRule.Type] = [
        
    ]
}
