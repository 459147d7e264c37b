extension RuleRegistry {
    /// The rules of group T8, sorted by id.
    static let t8Rules: [any BudgetRule.Type] = [
        
    ]
}
