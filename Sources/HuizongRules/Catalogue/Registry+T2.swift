extension RuleRegistry {
    /// The rules of group T2, sorted by id.
    static let t2Rules: [any BudgetRule.Type] = [
        T2HierarchyRule.self
    ]
}
