extension RuleRegistry {
    /// The rules of group T9, sorted by id.
    static let t9Rules: [any BudgetRule.Type] = [
        T9AbroadCoversT6Rule.self,
        T9AbroadPartsRule.self,
        T9FundsWithinT4Rule.self,
        T9ReceptionCoversT6Rule.self,
        T9RowFundSumRule.self,
        T9RowsPresentRule.self,
        T9SubtotalSumRule.self,
        T9TotalEqualsSubtotalRule.self,
        T9VehicleOperationCoversT6Rule.self,
        T9VehiclePartsRule.self,
        T9VehiclePurchaseCoversT6Rule.self,
    ]
}
