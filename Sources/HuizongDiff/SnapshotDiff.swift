import HuizongModel
import HuizongRules
import HuizongStore

/// One side of a comparison: a snapshot's budgets by code, with their content addresses,
/// and how to load a budget or findings by address. Unchanged budgets (same address on
/// both sides) are never loaded.
public struct DiffSide: Sendable {
    /// A budget of the side.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var departmentCode: String
        /// Address of the budget's canonical text.
        public var textHash: String
        /// Address of its findings.
        public var findingsHash: String

        public init(code: String, name: String, departmentCode: String, textHash: String, findingsHash: String) {
            self.code = code; self.name = name; self.departmentCode = departmentCode
            self.textHash = textHash; self.findingsHash = findingsHash
        }
    }

    /// The side's name (`#3 2025 一上`).
    public var title: String
    public var year: Int?
    public var district: String
    public var units: [Entry]
    public var departments: [Entry]
    public var districtTotal: Entry?
    /// Loads a budget by address.
    public var loadBudget: @Sendable (String) throws -> Budget
    /// Loads findings by address.
    public var loadFindings: @Sendable (String) throws -> [Finding]
    /// The headline figures recorded for a department or district budget by address
    /// (nil when none were recorded: the budget is then loaded and summed up).
    public var loadTotals: @Sendable (String) throws -> [HeadlineTotal]?

    public init(title: String, year: Int?, district: String, units: [Entry], departments: [Entry], districtTotal: Entry?,
                loadBudget: @escaping @Sendable (String) throws -> Budget, loadFindings: @escaping @Sendable (String) throws -> [Finding],
                loadTotals: @escaping @Sendable (String) throws -> [HeadlineTotal]? = { _ in nil }) {
        self.title = title; self.year = year; self.district = district; self.units = units; self.departments = departments
        self.districtTotal = districtTotal; self.loadBudget = loadBudget; self.loadFindings = loadFindings
        self.loadTotals = loadTotals
    }
}

/// The comparison of two snapshots.
public struct SnapshotComparison: Sendable {
    /// A table's headline figure in both snapshots.
    public struct TotalChange: Sendable, Hashable {
        public var scope: String
        public var scopeName: String
        public var table: TableID
        public var label: String
        public var old: Amount?
        public var new: Amount?
        public var change: Amount { new.orZero - old.orZero }
    }

    /// A changed unit and what changed in it.
    public struct UnitChange: Sendable {
        public var code: String
        public var name: String
        public var departmentCode: String
        public var difference: BudgetDifference
    }

    /// Findings that appeared or were fixed in one unit.
    public struct FindingChange: Sendable {
        public var code: String
        public var name: String
        public var appeared: [Finding]
        public var fixed: [Finding]
    }

    public var old: String
    public var new: String
    /// True when comparing different budget years (units matched by code).
    public var acrossYears: Bool
    public var added: [DiffSide.Entry]
    public var removed: [DiffSide.Entry]
    public var unchangedCount: Int
    public var changed: [UnitChange]
    /// Headline figures per department and for the district (only those that changed).
    public var totals: [TotalChange]
    public var findings: [FindingChange]

    /// True when there is any difference at all.
    public var hasDifferences: Bool {
        !added.isEmpty || !removed.isEmpty || !changed.isEmpty || !totals.isEmpty || !findings.isEmpty
    }
}

/// Compares two snapshots (two drafts of one year, or two years matched by unit code).
public enum SnapshotDiff {
    /// Compares `old` with `new`, leaving out changes smaller than `ignoreBelow`.
    public static func compare(_ old: DiffSide, _ new: DiffSide, ignoreBelow: Amount = .zero, threads: Int? = nil) throws -> SnapshotComparison {
        let before = Dictionary(old.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let added = new.units.filter { before[$0.code] == nil }.sorted { $0.code < $1.code }
        let removed = old.units.filter { after[$0.code] == nil }.sorted { $0.code < $1.code }
        let common = new.units.filter { before[$0.code] != nil }.sorted { $0.code < $1.code }
        let textChanged = common.filter { before[$0.code]!.textHash != $0.textHash }
        let findingsChanged = common.filter { before[$0.code]!.findingsHash != $0.findingsHash }
        // Only budgets whose address differs are loaded, in parallel.
        let results = Parallel.map(textChanged, threads: threads) { entry -> Result<SnapshotComparison.UnitChange, Error> in
            Result {
                let difference = BudgetDiff.compare(try old.loadBudget(before[entry.code]!.textHash), try new.loadBudget(entry.textHash),
                                                    ignoreBelow: ignoreBelow)
                return SnapshotComparison.UnitChange(code: entry.code, name: entry.name, departmentCode: entry.departmentCode,
                                                     difference: difference)
            }
        }
        let changed = try results.map { try $0.get() }.filter { !$0.difference.isEmpty }
        var findings: [SnapshotComparison.FindingChange] = []
        for entry in findingsChanged {
            let was = try old.loadFindings(before[entry.code]!.findingsHash)
            let now = try new.loadFindings(entry.findingsHash)
            func key(_ f: Finding) -> String { "\(f.ruleID)|\(f.cell)|\(f.severity.rawValue)" }
            let wasKeys = Set(was.map(key)), nowKeys = Set(now.map(key))
            let appeared = now.filter { !wasKeys.contains(key($0)) && $0.severity >= .warning }
            let fixed = was.filter { !nowKeys.contains(key($0)) && $0.severity >= .warning }
            if !appeared.isEmpty || !fixed.isEmpty {
                findings.append(.init(code: entry.code, name: entry.name, appeared: appeared, fixed: fixed))
            }
        }
        var totals: [SnapshotComparison.TotalChange] = []
        func compareTotals(_ a: DiffSide.Entry?, _ b: DiffSide.Entry?, scope: String) throws {
            guard a?.textHash != b?.textHash else { return }
            let oldTotals = try a.map { try Self.totals(of: $0, in: old) } ?? []
            let newTotals = try b.map { try Self.totals(of: $0, in: new) } ?? []
            for table in Set(oldTotals.map(\.table)).union(newTotals.map(\.table)).sorted() {
                let o = oldTotals.first { $0.table == table }, n = newTotals.first { $0.table == table }
                let change = SnapshotComparison.TotalChange(scope: scope, scopeName: b?.name ?? a?.name ?? scope, table: table,
                                                            label: n?.label ?? o?.label ?? "", old: o?.value ?? nil, new: n?.value ?? nil)
                if change.old != change.new && change.change.magnitude >= ignoreBelow { totals.append(change) }
            }
        }
        let oldDepartments = Dictionary(old.departments.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let newDepartments = Dictionary(new.departments.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for code in Set(oldDepartments.keys).union(newDepartments.keys).sorted() {
            try compareTotals(oldDepartments[code], newDepartments[code], scope: code)
        }
        try compareTotals(old.districtTotal, new.districtTotal, scope: "全区")
        return SnapshotComparison(old: old.title, new: new.title, acrossYears: old.year != new.year,
                                  added: added, removed: removed, unchangedCount: common.count - textChanged.count,
                                  changed: changed, totals: totals, findings: findings)
    }

    /// The headline figures of a consolidated budget: as recorded, or from the budget read back.
    static func totals(of entry: DiffSide.Entry, in side: DiffSide) throws -> [HeadlineTotal] {
        if let recorded = try side.loadTotals(entry.textHash) { return recorded }
        return TableTotals.of(try side.loadBudget(entry.textHash))
    }
}
