extension RuleRegistry {
    /// The rules of group Performance, sorted by id.
    static let performanceRules: [any BudgetRule.Type] = [
        PerformanceCostIndicatorMatchesBudgetRule.self,
        PerformanceFundsSplitRule.self,
        PerformancePlanNonDecreasingRule.self,
        PerformanceProjectCodesUniqueRule.self,
        PerformanceProjectsSumToT3Rule.self,
        PerformanceYearEndPlanEqualsBudgetRule.self,
    ]
}
