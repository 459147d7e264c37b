extension RuleRegistry {
    /// The rules of group Procurement, sorted by id.
    static let procurementRules: [any BudgetRule.Type] = [
        ProcurementCatalogCodeFormatRule.self,
        ProcurementFundsWithinT4Rule.self,
        ProcurementItemFundSumRule.self,
        ProcurementItemsWithinProjectBudgetRule.self,
        ProcurementProjectBudgetConsistentRule.self,
        ProcurementProjectMatchesPerformanceRule.self,
        ProcurementQuantityTimesPriceRule.self,
        ProcurementSmeShareWithinAmountRule.self,
        ProcurementSubtotalEqualsItemsRule.self,
        ProcurementTotalEqualsSubtotalsRule.self,
        ProcurementValuesNotNegativeRule.self,
    ]
}
