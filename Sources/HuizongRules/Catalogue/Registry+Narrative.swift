extension RuleRegistry {
    /// The rules of group Narrative, sorted by id.
    static let narrativeRules: [any BudgetRule.Type] = [
        
    ]
}
