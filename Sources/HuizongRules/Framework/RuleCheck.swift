import HuizongModel

/// What a rule works with: the budget, the check's settings, and the record of what
/// the rule found. Rules state relations (`equal`, `atMost`) and the check decides, by
/// the tolerance mode, whether each holds; descriptions are built only on failure, so
/// checking a clean budget allocates nothing for messages.
public struct RuleCheck {
    /// The budget and settings, shared by every rule's check of the unit: one reference
    /// instead of a copy of the whole budget per rule.
    let subject: CheckSubject
    /// The budget under check.
    public var budget: Budget { _read { yield subject.budget } }
    /// The settings and the other inputs (last year's budget, unread tables).
    public var context: CheckContext { _read { yield subject.context } }
    /// The rule's id and severity.
    public var ruleID: String { ruleIDs[ruleIndex] }
    public private(set) var severity: Severity
    /// The ids of the checker's rules (named, not held: see ``RuleIDList``) and the index
    /// of the rule being checked: starting a rule copies no id.
    private let ruleIDs: RuleIDList
    private var ruleIndex: Int

    /// Findings so far.
    public internal(set) var findings: [Finding] = []
    /// Relations evaluated (passed or failed).
    public internal(set) var evaluated = 0
    /// Why parts could not be checked.
    public var notCheckedReasons: [String] { reasons.map(\.text) }
    /// Why parts could not be checked, as recorded (some written only when read).
    var reasons: [NotCheckedReason] = []
    /// Failed linear relations (for the single-cell diagnosis).
    var failedRelations: [FailedRelation] = []

    /// A check of `subject` by the rules whose ids are `ruleIDs`, ready for ``start(rule:severity:)``.
    init(subject: CheckSubject, ruleIDs: RuleIDList) {
        self.subject = subject; self.ruleIDs = ruleIDs; self.ruleIndex = 0; self.severity = .error
    }

    /// Makes the check ready for the rule whose id is `ruleIDs[rule]` (the checker reuses
    /// one check for every rule of a unit): what the previous rule found has been taken already.
    @inline(__always)
    mutating func start(rule: Int, severity: Severity) {
        precondition(rule >= 0 && rule < ruleIDs.count, "a rule of the checker")
        self.ruleIndex = rule; self.severity = severity; evaluated = 0
        if !findings.isEmpty { findings = [] }
        if !reasons.isEmpty { reasons.removeAll(keepingCapacity: true) }
        if !failedRelations.isEmpty { failedRelations = [] }
    }

    /// True when table `id` was read; otherwise records why not and returns false.
    /// (Inlined where called, as the other `require`s: the usual answer is one bit test.)
    @inline(__always)
    public mutating func require(_ id: TableID) -> Bool {
        subject.isReadable(id) ? true : requireEach([id])
    }

    /// True when tables `a` and `b` were read; otherwise records why not and returns false.
    /// The same as `require(a, b)` through the variadic form, without allocating its array
    /// on every call (the array is made only when a table is missing).
    @inline(__always)
    public mutating func require(_ a: TableID, _ b: TableID) -> Bool {
        subject.isReadable(a) && subject.isReadable(b) ? true : requireEach([a, b])
    }

    /// True when tables `a`, `b` and `c` were read (as ``require(_:_:)``, for three tables).
    @inline(__always)
    public mutating func require(_ a: TableID, _ b: TableID, _ c: TableID) -> Bool {
        subject.isReadable(a) && subject.isReadable(b) && subject.isReadable(c) ? true : requireEach([a, b, c])
    }

    /// True when every table of four or more was read; otherwise records why not and
    /// returns false (one, two or three tables take the overloads above).
    public mutating func require(_ a: TableID, _ b: TableID, _ c: TableID, _ d: TableID, _ more: TableID...) -> Bool {
        subject.isReadable(a) && subject.isReadable(b) && subject.isReadable(c) && subject.isReadable(d)
            && more.allSatisfy(subject.isReadable) ? true : requireEach([a, b, c, d] + more)
    }

    /// Records why each of `ids` that was not read is missing; false when any is.
    @inline(never)
    private mutating func requireEach(_ ids: [TableID]) -> Bool {
        var ok = true
        for id in ids where !subject.isReadable(id) {
            if let reason = subject.context.unreadTables[id] {
                addReason(.text("\(id.label) 未能读入：\(reason)"))
            } else {
                addReason(.text("缺少 \(id.label)"))
            }
            ok = false
        }
        return ok
    }

    /// Records that part of the rule could not be checked, and why.
    public mutating func notChecked(_ reason: String) { addReason(.text(reason)) }

    /// Records that part of the rule could not be checked; `reason` writes why, when the
    /// ledger's reason is read (for a reason recorded on nearly every unit, see ``NotCheckedReason``).
    mutating func notChecked(_ reason: @escaping @Sendable () -> String) { addReason(.deferred(reason)) }

    /// Records that part of the rule could not be checked, for `reason` as recorded.
    mutating func notChecked(_ reason: NotCheckedReason) { addReason(reason) }

    /// Records a reason. The list (emptied for each rule, its storage often kept by the
    /// ledger line) is given room for several at once: a rule that records one reason per
    /// claim or row does not grow it one step at a time.
    private mutating func addReason(_ reason: NotCheckedReason) {
        if reasons.capacity == 0 { reasons.reserveCapacity(8) }
        reasons.append(reason)
    }

    /// Records a relation that held without an amount comparison (a structural check).
    public mutating func passed() { evaluated += 1 }

    /// The envelope of `terms` rounded figures, in 分 (0 in exact mode).
    func envelope(_ terms: Int) -> Int64 { context.tolerance == .rounding ? Int64(terms) * 5_000 : 0 }

    /// States `actual = expected`, where `expected` is the sum of `termCount` printed
    /// figures (for the rounding envelope). On failure builds the finding from `cell`
    /// (the checked cell), `expectedLabel` (what the expected figure is, e.g.
    /// `T1 八、社会保障和就业支出` or `各款之和`) and `terms` (every cell of the relation
    /// with its coefficient; the checked cell is +1, the cells summed into `expected` −1).
    ///
    /// Inlined where it is called: a relation that holds (nearly all of them) costs a
    /// comparison, not a call with three closures.
    @inline(__always)
    public mutating func equal(_ actual: Amount?, _ expected: Amount, termCount: Int = 2,
                               cell: () -> CellRef, expectedLabel: () -> String,
                               terms: () -> [RelationTerm]) {
        // The difference worked out as the recording does (an overflow traps alike).
        if actual.orZero.fen - expected.fen == 0 { evaluated += 1; return }
        recordUnequal(actual, expected, termCount: termCount, cell: cell, expectedLabel: expectedLabel, terms: terms)
    }

    /// ``equal(_:_:termCount:cell:expectedLabel:terms:)`` once the figures differ: records the finding.
    @inline(never)
    mutating func recordUnequal(_ actual: Amount?, _ expected: Amount, termCount: Int,
                                cell: () -> CellRef, expectedLabel: () -> String,
                                terms: () -> [RelationTerm]) {
        evaluated += 1
        let difference = actual.orZero.fen - expected.fen
        if difference == 0 { return }
        let magnitude = difference < 0 ? -difference : difference
        let hint = magnitude <= envelope(termCount + 1)
        let checked = cell()
        let relationTerms = terms()
        let message = "\(checked.display) \(actual?.text() ?? "（空）") ≠ \(expectedLabel()) \(expected.text())，相差 \(Amount(fen: difference).signedText)"
            + (hint ? "（在四舍五入误差范围内）" : "")
        add(Finding(ruleID: ruleID, severity: hint ? .info : severity, unitCode: budget.code, unitName: budget.name,
                    cell: checked.address, rowName: checked.rowName, expected: expected, actual: actual,
                    line: checked.line, message: message, involvedCells: relationTerms.map(\.cell.address)))
        if !hint {
            failedRelations.append(FailedRelation(terms: relationTerms, residual: Amount(fen: difference),
                                                  findingIndex: findings.count - 1))
        }
    }

    /// ``equal(_:_:termCount:cell:expectedLabel:terms:)`` where `cell`, `expectedLabel` and `terms` are
    /// written from the subject, handed to them on failure: a caller that reads the subject
    /// through the check keeps no reference of its own to it (no reference count per relation).
    @inline(__always)
    mutating func equal(_ actual: Amount?, _ expected: Amount, termCount: Int,
                        cell: (CheckSubject) -> CellRef, expectedLabel: (CheckSubject) -> String,
                        terms: (CheckSubject) -> [RelationTerm]) {
        if actual.orZero.fen == expected.fen { evaluated += 1; return }
        let subject = self.subject
        equal(actual, expected, termCount: termCount, cell: { cell(subject) }, expectedLabel: { expectedLabel(subject) },
              terms: { terms(subject) })
    }

    /// States `actual ≤ limit` (`limitLabel` names the limit). Empty counts as zero.
    /// Inlined where it is called, as ``equal(_:_:termCount:cell:expectedLabel:terms:)``.
    @inline(__always)
    public mutating func atMost(_ actual: Amount?, _ limit: Amount, termCount: Int = 2,
                                cell: () -> CellRef, limitLabel: () -> String, terms: () -> [RelationTerm]) {
        if actual.orZero.fen - limit.fen <= 0 { evaluated += 1; return }
        recordExcess(actual, limit, termCount: termCount, cell: cell, limitLabel: limitLabel, terms: terms)
    }

    /// ``atMost(_:_:termCount:cell:limitLabel:terms:)`` once the figure exceeds the limit: records the finding.
    @inline(never)
    mutating func recordExcess(_ actual: Amount?, _ limit: Amount, termCount: Int,
                               cell: () -> CellRef, limitLabel: () -> String, terms: () -> [RelationTerm]) {
        evaluated += 1
        let excess = actual.orZero.fen - limit.fen
        if excess <= 0 { return }
        let hint = excess <= envelope(termCount)
        let checked = cell()
        let message = "\(checked.display) \(actual?.text() ?? "（空）") 超过 \(limitLabel()) \(limit.text())，超出 \(Amount(fen: excess).text())"
            + (hint ? "（在四舍五入误差范围内）" : "")
        add(Finding(ruleID: ruleID, severity: hint ? .info : severity, unitCode: budget.code, unitName: budget.name,
                    cell: checked.address, rowName: checked.rowName, expected: limit, actual: actual,
                    line: checked.line, message: message, involvedCells: terms().map(\.cell.address)))
    }

    /// Records a finding with a message of the rule's own (structure and text rules).
    public mutating func fail(_ cell: CellRef, message: String, expected: Amount? = nil, actual: Amount? = nil,
                              severity: Severity? = nil, involved: [CellAddress] = []) {
        evaluated += 1
        add(Finding(ruleID: ruleID, severity: severity ?? self.severity, unitCode: budget.code, unitName: budget.name,
                    cell: cell.address, rowName: cell.rowName, expected: expected, actual: actual,
                    line: cell.line, message: message, involvedCells: [cell.address] + involved))
    }

    private mutating func add(_ finding: Finding) { findings.append(finding) }
}

/// A failed linear relation: `Σ coefficient × value − residual = 0` would hold.
struct FailedRelation {
    var terms: [RelationTerm]
    /// actual − expected.
    var residual: Amount
    /// The finding it produced.
    var findingIndex: Int
}
