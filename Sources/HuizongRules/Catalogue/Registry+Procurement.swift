extension RuleRegistry {
    /// The rules of group Procurement, sorted by id.
    static let procurementRules: [any BudgetRule.Type] = [
        
    ]
}
