extension RuleRegistry {
    /// The rules of group T4, sorted by id.
    static let t4Rules: [any BudgetRule.Type] = [
        T4CarryoverSumRule.self,
        T4CarryoverWithinT1Rule.self,
        T4CategoryMatchesT1Rule.self,
        T4ExpenditureGrandTotalRule.self,
        T4ExpenditureTotalRule.self,
        T4FundBalanceRule.self,
        T4IncomeGrandTotalRule.self,
        T4IncomeMatchesT1Rule.self,
        T4IncomeTotalRule.self,
        T4LineWithinT1Rule.self,
        T4RowFundSumRule.self,
        T4TotalsBalanceRule.self,
    ]
}
