import HuizongModel
import Synchronization

/// Runs the rule catalogue on budgets.
///
/// Stages per unit: every enabled rule runs on the budget (in catalogue order) → each
/// rule's outcome goes into the coverage ledger → when relations failed, the diagnosis
/// looks for single cells whose correction clears several failures at once.
public struct Checker: Sendable {
    /// The rules to run, in catalogue order.
    public var rules: [any BudgetRule.Type] { didSet { replan() } }
    /// exact or rounding.
    public var tolerance: Tolerance
    /// Rule ids not to run (they appear in the ledger as not checked).
    public var disabledRules: Set<String> { didSet { replan() } }
    /// Severity per rule id, replacing the rule's default.
    public var severityOverrides: [String: Severity] { didSet { replan() } }

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
    /// The rules' ids, in plan order (a ``RuleCheck`` names its rule by its index here),
    /// registered: reports and rule checks name the list without holding it.
    private(set) var planIDs: RuleIDList

    /// Works out ``plan`` and ``planIDs`` again after a setting changed.
    private mutating func replan() {
        plan = Checker.plan(rules, disabledRules, severityOverrides)
        planIDs = RuleIDList(plan.map(\.id))
    }

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
        self.planIDs = RuleIDList(plan.map(\.id))
    }

    /// Checks one budget. `unreadTables` lists tables the reader could not read (their
    /// rules are not checked); `lastYear` is the same unit's previous-year budget.
    ///
    /// `threads` above 1 spreads the rules of this one budget over that many threads
    /// (for a district, whose consolidated tables hold every unit's rows); the report is
    /// the same whatever the thread count.
    public func check(_ budget: Budget, file: String = "", unreadTables: [TableID: String] = [:],
                      lastYear: Budget? = nil, threads: Int = 1) -> UnitCheckReport {
        let context = CheckContext(tolerance: tolerance, lastYear: lastYear, unreadTables: unreadTables)
        var run = threads > 1 ? runRules(budget, context: context, threads: threads) : runRules(budget, context: context)
        if !run.failed.isEmpty {
            Diagnosis(checker: self, budget: budget, context: context).annotate(&run.findings, failed: run.failed)
        }
        return UnitCheckReport(unitCode: budget.code, unitName: budget.name, file: file,
                               findings: run.findings, coverage: run.ledger)
    }

    /// The raw result of running the rules once.
    struct Run {
        var findings: [Finding] = []
        var ledger: CoverageLedger
        var failed: [FailedRelation] = []
    }

    /// Runs every rule once (no diagnosis). One ``RuleCheck`` is reset and reused from rule
    /// to rule: a rule that finds nothing costs no allocation and few reference counts.
    func runRules(_ budget: Budget, context: CheckContext) -> Run {
        var run = Run(ledger: CoverageLedger(ruleIDs: planIDs))
        let subject = CheckSubject(budget: budget, context: context)
        var check = RuleCheck(subject: subject, ruleIDs: planIDs)
        // The plan's entries are read in place and an outcome goes straight into the run.
        for index in plan.indices {
            if plan[index].disabled {
                run.ledger.append(.notChecked, reason: .text(Checker.disabledReason))
                continue
            }
            check.start(rule: index, severity: plan[index].severity)
            plan[index].rule.run(&check)
            run.add(&check)
        }
        return run
    }

    /// Why a disabled rule was not checked.
    static let disabledReason = "已在配置中停用"

    /// ``runRules(_:context:)`` on `threads` threads: each lane takes the next rule not yet
    /// taken, in catalogue order, until none is left (a lane that finishes a cheap rule
    /// takes the next one, so a lane is never left idle while the other runs a row of
    /// costly ones), with its own ``CheckSubject`` (a subject fills in its lookups on first
    /// use, so it is never shared between threads); the outcomes are put back in catalogue
    /// order, so the run is the same as on one thread.
    func runRules(_ budget: Budget, context: CheckContext, threads: Int) -> Run {
        let plan = self.plan, planIDs = self.planIDs
        let lanes = max(1, min(threads, plan.count))
        let next = Atomic<Int>(0)
        let outcomes = Parallel.map(Array(0..<lanes), threads: lanes) { _ -> [(index: Int, outcome: RuleOutcome)] in
            var check = RuleCheck(subject: CheckSubject(budget: budget, context: context), ruleIDs: planIDs)
            var taken: [(index: Int, outcome: RuleOutcome)] = []
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= plan.count { break }
                taken.append((index, Checker.outcome(of: plan[index], index: index, check: &check)))
            }
            return taken
        }
        var ordered = [RuleOutcome?](repeating: nil, count: plan.count)
        for lane in outcomes { for entry in lane { ordered[entry.index] = entry.outcome } }
        var run = Run(ledger: CoverageLedger(ruleIDs: planIDs))
        for index in plan.indices { run.add(ordered[index].take()!) }
        return run
    }

    /// What one rule found on one budget.
    struct RuleOutcome {
        var findings: [Finding] = []
        var failed: [FailedRelation] = []
        /// The rule's status, and why it was not checked (nil when it was).
        var status: RuleStatus
        var reason: NotCheckedReason?
    }

    /// Runs `planned` (the plan's rule at `index`, or records it as disabled) with `check`, reset for it.
    @inline(__always)
    static func outcome(of planned: PlannedRule, index: Int, check: inout RuleCheck) -> RuleOutcome {
        if planned.disabled {
            return RuleOutcome(status: .notChecked, reason: .text(Checker.disabledReason))
        }
        check.start(rule: index, severity: planned.severity)
        planned.rule.run(&check)
        let status = check.status
        let reason = status == .notChecked ? NotCheckedReason.one(check.reasons) : nil
        if check.findings.isEmpty { return RuleOutcome(status: status, reason: reason) }
        return RuleOutcome(findings: check.findings, failed: check.failed, status: status, reason: reason)
    }
}

extension Checker.Run {
    /// Appends the outcome of the rule `check` has just run; its failed relations point at
    /// its findings' new positions.
    @inline(__always)
    mutating func add(_ check: inout RuleCheck) {
        if !check.findings.isEmpty {
            let offset = findings.count
            findings.append(contentsOf: check.findings)
            for var relation in check.failed { relation.findingIndex += offset; failed.append(relation) }
        }
        let status = check.status
        if status == .notChecked {
            ledger.append(status, reason: NotCheckedReason.one(check.reasons))
        } else {
            ledger.append(status)
        }
    }

    /// Appends one rule's outcome; its failed relations point at its findings' new positions.
    @inline(__always)
    mutating func add(_ outcome: Checker.RuleOutcome) {
        if !outcome.findings.isEmpty {
            let offset = findings.count
            findings.append(contentsOf: outcome.findings)
            for var relation in outcome.failed { relation.findingIndex += offset; failed.append(relation) }
        }
        ledger.append(outcome.status, reason: outcome.reason)
    }
}

extension RuleCheck {
    /// The rule's outcome: failed > not checked > passed > not applicable.
    @inline(__always)
    var status: RuleStatus {
        if findings.contains(where: { $0.severity >= .warning }) { return .failed }
        if !reasons.isEmpty { return .notChecked }
        return evaluated > 0 ? .passed : .notApplicable
    }

    /// Failed relations (internal to the checker).
    var failed: [FailedRelation] { failedRelations }
}
