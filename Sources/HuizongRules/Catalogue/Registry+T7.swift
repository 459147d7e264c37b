extension RuleRegistry {
    /// The rules of group T7, sorted by id.
    static let t7Rules: [any BudgetRule.Type] = [
        T7CategoryMatchesT4Rule.self,
        T7EmptyTableNoteRule.self,
        T7HierarchyRule.self,
        T7ParentsPresentRule.self,
        T7RowSumRule.self,
        T7TotalMatchesT4Rule.self,
        T7WithinT3Rule.self,
    ]
}
