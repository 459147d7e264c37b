extension RuleRegistry {
    /// The rules of group T6, sorted by id.
    static let t6Rules: [any BudgetRule.Type] = [
        
    ]
}
