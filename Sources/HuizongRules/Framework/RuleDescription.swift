import HuizongModel

/// What a rule is: a stable id, severity, texts for people, and its examples.
public struct RuleDescription: Sendable {
    /// Stable snake_case identifier, never reused (`t1_income_items_sum`).
    public var id: String
    /// The table the rule belongs to (its group in the catalogue).
    public var table: TableID
    /// Default severity of its findings.
    public var severity: Severity
    /// One line in Chinese.
    public var summary: String
    /// One line in English.
    public var summaryEnglish: String
    /// Why the relation holds, in Chinese.
    public var rationale: String
    /// Why the relation holds, in English.
    public var rationaleEnglish: String
    /// Whether the rule is about amounts only (so consolidated budgets must pass it too).
    public var isAmountRule: Bool
    /// Examples: at least one that passes and one that fails.
    public var examples: [RuleExample]

    public init(id: String, table: TableID, severity: Severity = .error, summary: String, summaryEnglish: String,
                rationale: String, rationaleEnglish: String, isAmountRule: Bool = true, examples: [RuleExample]) {
        self.id = id; self.table = table; self.severity = severity; self.summary = summary
        self.summaryEnglish = summaryEnglish; self.rationale = rationale; self.rationaleEnglish = rationaleEnglish
        self.isAmountRule = isAmountRule; self.examples = examples
    }
}

/// An example of a rule: a change to the seed budget (unit 323003, 2025) and whether the
/// rule must pass or fail on the result. The seed itself passes every rule.
public struct RuleExample: Sendable {
    /// What the rule must do on the example.
    public enum Expectation: String, Sendable { case passes, fails }

    /// passes or fails.
    public var expectation: Expectation
    /// What the example changes, for people.
    public var note: String
    /// The change applied to the seed budget.
    public var change: @Sendable (inout Budget) -> Void

    /// An example where the rule must pass.
    public static func passes(_ note: String, _ change: @escaping @Sendable (inout Budget) -> Void = { _ in }) -> RuleExample {
        RuleExample(expectation: .passes, note: note, change: change)
    }
    /// An example where the rule must fail.
    public static func fails(_ note: String, _ change: @escaping @Sendable (inout Budget) -> Void) -> RuleExample {
        RuleExample(expectation: .fails, note: note, change: change)
    }

    /// A change that adds `hundredths` × 0.01 万元 to the cell at `address` (empty counts as 0).
    public static func adjust(_ table: TableID, _ row: String, _ column: String, by hundredths: Int64) -> @Sendable (inout Budget) -> Void {
        { budget in
            let address = CellAddress(table, row, column)
            let current = budget.amount(at: address)
            budget.setAmount(current.orZero + Amount(wanHundredths: hundredths), at: address)
        }
    }

    /// A change that sets the cell at `address` to `value` (nil: empty).
    public static func set(_ table: TableID, _ row: String, _ column: String, to value: Amount?) -> @Sendable (inout Budget) -> Void {
        { budget in budget.setAmount(value, at: CellAddress(table, row, column)) }
    }
}

/// A rule of the catalogue.
///
/// A rule reads the budget through ``RuleCheck`` and states relations on it; the check
/// records passes, failures and what could not be checked. Rules are values without
/// state and run on many units in parallel.
public protocol BudgetRule: Sendable {
    /// The rule's description.
    static var description: RuleDescription { get }
    init()
    /// Checks `check.budget`, stating its relations on `check`.
    func check(_ check: inout RuleCheck)
    /// Checks `check.budget` with a rule of this type (``check(_:)`` of `Self()`): how the
    /// checker runs a rule it holds as a type, without making a boxed rule value per run.
    static func run(_ check: inout RuleCheck)
}

extension BudgetRule {
    /// Makes a rule of this type and checks `check.budget` with it.
    public static func run(_ check: inout RuleCheck) { Self().check(&check) }
}
