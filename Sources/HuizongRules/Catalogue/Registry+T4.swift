extension RuleRegistry {
    /// The rules of group T4, sorted by id.
    static let t4Rules: [any BudgetRule.Type] = [
        
    ]
}
