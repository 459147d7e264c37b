extension RuleRegistry {
    /// The rules of group T1, sorted by id.
    static let t1Rules: [any BudgetRule.Type] = [
        T1ExpenditureCategoriesSumRule.self,
        T1ExpenditureGrandTotalRule.self,
        T1IncomeGrandTotalRule.self,
        T1IncomeItemsSumRule.self,
        T1TotalsBalanceRule.self,
    ]
}
