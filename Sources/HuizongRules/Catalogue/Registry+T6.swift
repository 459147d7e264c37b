extension RuleRegistry {
    /// The rules of group T6, sorted by id.
    static let t6Rules: [any BudgetRule.Type] = [
        T6HierarchyRule.self,
        T6ParentsPresentRule.self,
        T6PersonnelCodesRule.self,
        T6RowSumRule.self,
    ]
}
