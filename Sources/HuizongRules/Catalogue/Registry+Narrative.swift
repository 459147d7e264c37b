extension RuleRegistry {
    /// The rules of group Narrative, sorted by id.
    static let narrativeRules: [any BudgetRule.Type] = [
        NarrativeBasicMatchesT3Rule.self,
        NarrativeChangesAddUpRule.self,
        NarrativeChangesMatchLastYearRule.self,
        NarrativeFixedAssetsMatchARule.self,
        NarrativeIncomePartsMatchT1Rule.self,
        NarrativeNamedProjectsWithinTotalRule.self,
        NarrativeOperatingCostsMatchT6Rule.self,
        NarrativePersonnelAndPublicMatchT6Rule.self,
        NarrativePlannedPurchasesMatchPRule.self,
        NarrativeProjectExpenditureMatchesT3Rule.self,
        NarrativeProjectsMatchPerformanceRule.self,
        NarrativeThreePublicMatchT9Rule.self,
        NarrativeTotalBudgetMatchesT1Rule.self,
        NarrativeTotalExpenditureMatchesT1Rule.self,
        NarrativeTotalIncomeMatchesT1Rule.self,
        NarrativeUnrecognisedFiguresRule.self,
    ]
}
