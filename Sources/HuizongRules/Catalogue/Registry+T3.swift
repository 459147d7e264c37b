extension RuleRegistry {
    /// The rules of group T3, sorted by id.
    static let t3Rules: [any BudgetRule.Type] = [
        T3CategoryMatchesT1Rule.self
    ]
}
