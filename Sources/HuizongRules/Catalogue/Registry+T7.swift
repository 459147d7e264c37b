extension RuleRegistry {
    /// The rules of group T7, sorted by id.
    static let t7Rules: [any BudgetRule.Type] = [
        
    ]
}
