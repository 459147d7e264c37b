extension RuleRegistry {
    /// The rules of group T9, sorted by id.
    static let t9Rules: [any BudgetRule.Type] = [
        
    ]
}
