extension RuleRegistry {
    /// The rules of group Structure, sorted by id.
    static let structureRules: [any BudgetRule.Type] = [
        StructureAllTablesPresentRule.self,
        StructureBalanceCategoryLabelsRule.self,
        StructureBalanceLineNumbersRule.self,
        StructureCodeNameConsistentRule.self,
        StructureCodesUniqueRule.self,
        StructureFunctionCategoriesKnownRule.self,
        StructureHeadersAgreeRule.self,
        StructureNarrativeYearRule.self,
    ]
}
