extension RuleRegistry {
    /// The rules of group T1, sorted by id.
    static let t1Rules: [any BudgetRule.Type] = [
        T1IncomeItemsSumRule.self
    ]
}
