extension RuleRegistry {
    /// The rules of group Structure, sorted by id.
    static let structureRules: [any BudgetRule.Type] = [
        
    ]
}
