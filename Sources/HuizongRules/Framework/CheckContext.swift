import HuizongModel

/// The settings of a check and the inputs besides the budget itself.
public struct CheckContext: Sendable {
    /// exact (default) or rounding.
    public var tolerance: Tolerance
    /// Last year's budget of the same unit, when known (比上年 claims).
    public var lastYear: Budget?
    /// Tables present in the file but not read, with the reason.
    public var unreadTables: [TableID: String]

    public init(tolerance: Tolerance = .exact, lastYear: Budget? = nil, unreadTables: [TableID: String] = [:]) {
        self.tolerance = tolerance; self.lastYear = lastYear; self.unreadTables = unreadTables
    }
}

/// What happened to one rule on one unit.
public enum RuleStatus: String, Sendable, CaseTagHashable, Codable, CaseIterable {
    /// Every relation held.
    case passed
    /// At least one finding of warning or error.
    case failed
    /// Nothing to check (e.g. no project, an empty table).
    case notApplicable = "not_applicable"
    /// Could not be checked (a table unread or missing, no last-year data). Never counts as passed.
    case notChecked = "not_checked"

    /// 通过 / 不通过 / 不适用 / 未检查.
    public var chineseName: String {
        switch self { case .passed: "通过"; case .failed: "不通过"; case .notApplicable: "不适用"; case .notChecked: "未检查" }
    }
}

/// One line of the coverage ledger.
public struct LedgerEntry: Sendable, Hashable, Codable {
    public var ruleID: String
    public var status: RuleStatus
    /// Why not checked, when not checked (written when read: see ``NotCheckedReason``).
    public var reason: String? {
        get { storedReason?.text }
        set { storedReason = newValue.map { .text($0) } }
    }
    /// The reason as the check recorded it.
    private(set) var storedReason: NotCheckedReason?

    init(ruleID: String, status: RuleStatus, reason: String?) {
        self.ruleID = ruleID; self.status = status; self.storedReason = reason.map { .text($0) }
    }

    /// An entry whose reason is `reasons` joined by `；`, written only when read.
    init(ruleID: String, status: RuleStatus, reasons: [NotCheckedReason]) {
        self.init(ruleID: ruleID, status: status, storedReason: NotCheckedReason.one(reasons))
    }

    /// An entry with the reason as recorded.
    init(ruleID: String, status: RuleStatus, storedReason: NotCheckedReason?) {
        self.ruleID = ruleID; self.status = status; self.storedReason = storedReason
    }

    private enum CodingKeys: String, CodingKey { case ruleID, status, reason }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(ruleID: try container.decode(String.self, forKey: .ruleID), status: try container.decode(RuleStatus.self, forKey: .status),
                  reason: try container.decodeIfPresent(String.self, forKey: .reason))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reason, forKey: .reason)
    }

    public static func == (a: LedgerEntry, b: LedgerEntry) -> Bool {
        a.ruleID == b.ruleID && a.status == b.status && a.reason == b.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ruleID); hasher.combine(status); hasher.combine(reason)
    }
}

/// The result of checking one unit: its findings and the coverage ledger of every rule.
public struct UnitCheckReport: Sendable, Codable {
    public var unitCode: String
    public var unitName: String
    public var file: String
    /// Findings, in catalogue order.
    public var findings: [Finding]
    /// One entry per rule of the catalogue, in catalogue order (written out from the
    /// compact ledger the report keeps, see ``CoverageLedger``).
    public var ledger: [LedgerEntry] {
        get { coverage.entries }
        set { coverage = CoverageLedger(newValue) }
    }
    /// The ledger as kept.
    var coverage: CoverageLedger

    init(unitCode: String, unitName: String, file: String, findings: [Finding], coverage: CoverageLedger) {
        self.unitCode = unitCode; self.unitName = unitName; self.file = file
        self.findings = findings; self.coverage = coverage
    }

    /// Findings of at least `severity`.
    public func findings(atLeast severity: Severity) -> [Finding] { findings.filter { $0.severity >= severity } }
    /// Whether any finding is of at least `severity` (read in place: no list is made).
    public func hasFinding(atLeast severity: Severity) -> Bool {
        findings.indices.contains { findings[$0].severity >= severity }
    }
    /// Count of ledger entries with `status`.
    public func count(_ status: RuleStatus) -> Int { coverage.count(status) }

    private enum CodingKeys: String, CodingKey { case unitCode, unitName, file, findings, ledger }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(unitCode: try container.decode(String.self, forKey: .unitCode),
                  unitName: try container.decode(String.self, forKey: .unitName),
                  file: try container.decode(String.self, forKey: .file),
                  findings: try container.decode([Finding].self, forKey: .findings),
                  coverage: CoverageLedger(try container.decode([LedgerEntry].self, forKey: .ledger)))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unitCode, forKey: .unitCode)
        try container.encode(unitName, forKey: .unitName)
        try container.encode(file, forKey: .file)
        try container.encode(findings, forKey: .findings)
        try container.encode(ledger, forKey: .ledger)
    }
}
