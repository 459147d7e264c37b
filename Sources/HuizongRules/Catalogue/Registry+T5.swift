extension RuleRegistry {
    /// The rules of group T5, sorted by id.
    static let t5Rules: [any BudgetRule.Type] = [
        T5BasicMatchesT6Rule.self,
        T5CategoryMatchesT4Rule.self,
        T5HierarchyRule.self,
        T5ParentsPresentRule.self,
        T5RowSumRule.self,
        T5TotalMatchesT4Rule.self,
        T5WithinT3Rule.self,
    ]
}
