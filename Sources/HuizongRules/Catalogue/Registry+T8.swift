extension RuleRegistry {
    /// The rules of group T8, sorted by id.
    static let t8Rules: [any BudgetRule.Type] = [
        T8CategoryMatchesT4Rule.self,
        T8EmptyTableNoteRule.self,
        T8FiscalTablesWithinT3Rule.self,
        T8HierarchyRule.self,
        T8ParentsPresentRule.self,
        T8RowSumRule.self,
        T8TotalMatchesT4Rule.self,
        T8WithinT3Rule.self,
    ]
}
