extension RuleRegistry {
    /// The rules of group T2, sorted by id.
    static let t2Rules: [any BudgetRule.Type] = [
        T2CarryoverMatchesT1Rule.self,
        T2FiscalMatchesT1Rule.self,
        T2HierarchyRule.self,
        T2ParentsPresentRule.self,
        T2RowSubtotalRule.self,
        T2RowTotalRule.self,
        T2SpecialAccountMatchesT1Rule.self,
        T2SubtotalMatchesT1Rule.self,
        T2TotalMatchesT1Rule.self,
        T2UnitFundsMatchT1Rule.self,
    ]
}
