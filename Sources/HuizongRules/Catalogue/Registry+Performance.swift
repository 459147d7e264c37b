extension RuleRegistry {
    /// The rules of group Performance, sorted by id.
    static let performanceRules: [any BudgetRule.Type] = [
        
    ]
}
