extension RuleRegistry {
    /// The rules of group T3, sorted by id.
    static let t3Rules: [any BudgetRule.Type] = [
        T3CategoryMatchesT1Rule.self,
        T3HierarchyRule.self,
        T3MatchesT2Rule.self,
        T3ParentsPresentRule.self,
        T3RowSumRule.self,
        T3TotalMatchesT1Rule.self,
    ]
}
