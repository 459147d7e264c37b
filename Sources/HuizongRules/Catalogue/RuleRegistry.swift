/// The registry of every rule, one list per table group (each group in its own file).
enum RuleRegistry {
    static var rules: [any BudgetRule.Type] {
        t1Rules + t2Rules + t3Rules + t4Rules + t5Rules + t6Rules + t7Rules + t8Rules + t9Rules
            + procurementRules + assetRules + performanceRules + narrativeRules + structureRules
    }
}
