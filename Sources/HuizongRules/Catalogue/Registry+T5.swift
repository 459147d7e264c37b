extension RuleRegistry {
    /// The rules of group T5, sorted by id.
    static let t5Rules: [any BudgetRule.Type] = [
        
    ]
}
