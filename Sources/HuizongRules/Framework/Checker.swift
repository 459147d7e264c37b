import HuizongModel

/// Runs the rule catalogue on budgets.
///
/// Stages per unit: every enabled rule runs on the budget (in catalogue order) → each
/// rule's outcome goes into the coverage ledger → when relations failed, the diagnosis
/// looks for single cells whose correction clears several failures at once.
public struct Checker: Sendable {
    /// The rules to run, in catalogue order.
    public var rules: [any BudgetRule.Type] { didSet { plan = Checker.plan(rules, disabledRules, severityOverrides) } }
    /// exact or rounding.
    public var tolerance: Tolerance
    /// Rule ids not to run (they appear in the ledger as not checked).
    public var disabledRules: Set<String> { didSet { plan = Checker.plan(rules, disabledRules, severityOverrides) } }
    /// Severity per rule id, replacing the rule's default.
    public var severityOverrides: [String: Severity] { didSet { plan = Checker.plan(rules, disabledRules, severityOverrides) } }

    /// One rule as the checker runs it: its id, severity and whether it is disabled,
    /// worked out once rather than for every unit.
    struct PlannedRule: Sendable {
        var rule: any BudgetRule.Type
        var id: String
        var severity: Severity
        var disabled: Bool
    }

    /// The rules with their settings applied.
    private(set) var plan: [PlannedRule]

    static func plan(_ rules: [any BudgetRule.Type], _ disabled: Set<String>, _ overrides: [String: Severity]) -> [PlannedRule] {
        rules.map { rule in
            let description = rule.description
            return PlannedRule(rule: rule, id: description.id, severity: overrides[description.id] ?? description.severity,
                               disabled: disabled.contains(description.id))
        }
    }

    public init(rules: [any BudgetRule.Type] = RuleCatalogue.all, tolerance: Tolerance = .exact,
                disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:]) {
        self.rules = rules; self.tolerance = tolerance
        self.disabledRules = disabledRules; self.severityOverrides = severityOverrides
        self.plan = Checker.plan(rules, disabledRules, severityOverrides)
    }

    /// Checks one budget. `unreadTables` lists tables the reader could not read (their
    /// rules are not checked); `lastYear` is the same unit's previous-year budget.
    public func check(_ budget: Budget, file: String = "", unreadTables: [TableID: String] = [:],
                      lastYear: Budget? = nil) -> UnitCheckReport {
        let context = CheckContext(tolerance: tolerance, lastYear: lastYear, unreadTables: unreadTables)
        var run = runRules(budget, context: context)
        if !run.failed.isEmpty {
            Diagnosis(checker: self, budget: budget, context: context).annotate(&run.findings, failed: run.failed)
        }
        return UnitCheckReport(unitCode: budget.code, unitName: budget.name, file: file,
                               findings: run.findings, ledger: run.ledger)
    }

    /// The raw result of running the rules once.
    struct Run {
        var findings: [Finding] = []
        var ledger: [LedgerEntry] = []
        var failed: [FailedRelation] = []
    }

    /// Runs every rule once (no diagnosis).
    func runRules(_ budget: Budget, context: CheckContext) -> Run {
        var run = Run()
        run.ledger.reserveCapacity(rules.count)
        let subject = CheckSubject(budget: budget, context: context)
        for planned in plan {
            if planned.disabled {
                run.ledger.append(LedgerEntry(ruleID: planned.id, status: .notChecked, reason: "已在配置中停用"))
                continue
            }
            var check = RuleCheck(subject: subject, ruleID: planned.id, severity: planned.severity)
            planned.rule.init().check(&check)
            // Most rules find nothing on a clean budget: nothing to copy then.
            if !check.findings.isEmpty {
                let offset = run.findings.count
                run.findings.append(contentsOf: check.findings)
                for var relation in check.failed { relation.findingIndex += offset; run.failed.append(relation) }
            }
            run.ledger.append(LedgerEntry(ruleID: planned.id, status: check.status,
                                          reason: check.status == .notChecked ? check.notCheckedReasons.joined(separator: "；") : nil))
        }
        return run
    }
}

extension RuleCheck {
    /// The rule's outcome: failed > not checked > passed > not applicable.
    var status: RuleStatus {
        if findings.contains(where: { $0.severity >= .warning }) { return .failed }
        if !notCheckedReasons.isEmpty { return .notChecked }
        return evaluated > 0 ? .passed : .notApplicable
    }

    /// Failed relations (internal to the checker).
    var failed: [FailedRelation] { failedRelations }
}
