import HuizongModel

/// The rows of one table, without its header or note: what most rules read. Copying it
/// costs one reference count (a table copies every header field as well), so rules take
/// their table from ``CheckSubject`` in this form.
struct TableRows<Row> {
    /// The rows in printed order.
    let rows: [Row]
}

extension TableRows where Row == ClassifiedRow {
    /// The 合计 row (the first without a code), as ``ClassifiedTable/totalRow``.
    var totalRow: ClassifiedRow? { rows.first { $0.code == nil } }
    /// The row with `code`, as ``ClassifiedTable/row(_:)``.
    func row(_ code: SubjectCode) -> ClassifiedRow? { rows.first { $0.code == code } }
}

/// What every rule of one unit's check reads: the budget, the check's settings, and the
/// budget's tables taken out once (every rule reading `budget.t3` would copy the table,
/// header fields and all), with lookups shared by several rules, built on first use.
///
/// A subject is used by one thread (the rules of a unit run one after another on it), and
/// each cache is read or filled in one short access that calls nothing else: its caches
/// are marked `@exclusivity(unchecked)`, which spares the dynamic exclusivity check a
/// class's `var` costs on every access.
final class CheckSubject {
    let budget: Budget
    let context: CheckContext

    /// Bit `caseTag` set for each table present and not reported unread.
    private let readableTables: UInt32
    /// Bit `caseTag` set for each table present (read or not).
    private let presentTables: UInt32

    /// The lines of T1 and T4 (empty when the table is missing): rules read them in place,
    /// by index, instead of copying lines.
    let t1Lines: [BalanceLine], t4Lines: [BalanceLine]
    /// True when T1's (T4's) lines are numbered 1, 2, 3… (``T1T4/numberedInOrder(_:)``),
    /// worked out on first use.
    private(set) lazy var t1NumberedInOrder = T1T4.numberedInOrder(t1Lines)
    private(set) lazy var t4NumberedInOrder = T1T4.numberedInOrder(t4Lines)
    /// T1 and T4 themselves (nil when missing).
    let t1: BalanceTable?, t4: BalanceTable?
    /// The rows of T2, T3, T5…T8 (nil when missing): fields, not a list by table, so that a
    /// subject is made without allocating and filling one per unit.
    let t2: TableRows<ClassifiedRow>?, t3: TableRows<ClassifiedRow>?, t5: TableRows<ClassifiedRow>?
    let t6: TableRows<ClassifiedRow>?, t7: TableRows<ClassifiedRow>?, t8: TableRows<ClassifiedRow>?
    /// The rows of T9, of the procurement table and of the asset table (nil when missing).
    let t9: TableRows<LabeledRow>?
    let procurement: TableRows<ProcurementRow>?
    let assets: TableRows<LabeledRow>?
    /// The 绩效目标表 (empty when none).
    let performance: [PerformanceTable]
    /// The narrative's claims (nil without a narrative).
    let claims: [NarrativeClaim]?

    /// Where T1's and T4's lines are, by role (nil when the table is missing): looked up
    /// once for all the rules of the unit, on first use (a check of rules that never
    /// read T1 or T4 does not pay for it).
    /// (A cache of its own rather than a `lazy var`: rules ask for the indices some twenty
    /// times per unit, and a lazy property's getter cost several times a field's read.)
    var t1Index: BalanceLineIndex? {
        if let index = t1IndexCache { return index }
        let index = t1.map { BalanceLineIndexMemo.forCurrentThread().index($0, .t1) }
        t1IndexCache = .some(index)
        return index
    }
    var t4Index: BalanceLineIndex? {
        if let index = t4IndexCache { return index }
        let index = t4.map { BalanceLineIndexMemo.forCurrentThread().index($0, .t4) }
        t4IndexCache = .some(index)
        return index
    }
    /// ``t1Index`` and ``t4Index`` once looked up (`.some(nil)`: the table is missing).
    @exclusivity(unchecked) private var t1IndexCache: BalanceLineIndex??, t4IndexCache: BalanceLineIndex??
    /// The code keys of T2, T3, T5…T8 (``codeKeys(_:)``), filled in on first use.
    @exclusivity(unchecked) var t2Keys: ClassifiedCodeKeys?, t3Keys: ClassifiedCodeKeys?, t5Keys: ClassifiedCodeKeys?
    @exclusivity(unchecked) var t6Keys: ClassifiedCodeKeys?, t7Keys: ClassifiedCodeKeys?, t8Keys: ClassifiedCodeKeys?
    /// The procurement table's 小计 groups (``ProcurementRows/groups(_:)``) and projects
    /// (``ProcurementRows/projects(_:groups:)``), filled in on first use.
    @exclusivity(unchecked) var procurementGroupCache: [ProcurementRows.Group]?
    @exclusivity(unchecked) var procurementProjectCache: ProcurementProjects?
    /// The asset table's labels without whitespace (``AssetRows/labels(_:)``; empty
    /// without the table), worked out on first use.
    var assetLabels: [String] {
        if let labels = assetLabelCache { return labels }
        let labels = assets.map(AssetRows.labels) ?? []
        assetLabelCache = labels
        return labels
    }
    @exclusivity(unchecked) private var assetLabelCache: [String]?
    /// T9's labels without whitespace (``ThreePublicLabels/rowIndex(keys:_:)``; empty
    /// without the table), worked out on first use.
    var t9LabelKeys: [String] {
        if let keys = t9LabelKeyCache { return keys }
        let keys = t9.map { StructureText.labelKeys($0.rows) } ?? []
        t9LabelKeyCache = keys
        return keys
    }
    @exclusivity(unchecked) private var t9LabelKeyCache: [String]?
    /// Where T9's rows are (``threePublicRows``), filled in on first use.
    @exclusivity(unchecked) var threePublicRowCache: [Int?]?
    /// Last year's budget (``CheckContext/lastYear``) with its tables taken out, on first
    /// use (nil without it).
    private(set) lazy var lastYear: CheckSubject? = context.lastYear.map { CheckSubject(budget: $0, context: CheckContext()) }
    /// Where this year's figure of each claim subject is, by case tag (``figureLocation(_:)``):
    /// empty until the first lookup; `figureLooked` has bit `caseTag` set for each subject looked up.
    @exclusivity(unchecked) var figureLocations: [NarrativeFigureLocation?] = []
    @exclusivity(unchecked) var figureLooked: UInt32 = 0

    init(budget: Budget, context: CheckContext) {
        self.budget = budget; self.context = context
        t1Lines = budget.t1Lines ?? []; t4Lines = budget.t4Lines ?? []
        // T1 and T4 are told present by their lines (read in place), not by the copies of
        // the tables kept here: reading `t1 != nil` back copied the table (and destroyed the copy).
        let hasT1 = budget.t1Lines != nil, hasT4 = budget.t4Lines != nil
        t1 = budget.t1; t4 = budget.t4
        t2 = budget.t2.map { TableRows(rows: $0.rows) }; t3 = budget.t3.map { TableRows(rows: $0.rows) }
        t5 = budget.t5.map { TableRows(rows: $0.rows) }; t6 = budget.t6.map { TableRows(rows: $0.rows) }
        t7 = budget.t7.map { TableRows(rows: $0.rows) }; t8 = budget.t8.map { TableRows(rows: $0.rows) }
        t9 = budget.t9.map { TableRows(rows: $0.rows) }
        procurement = budget.procurement.map { TableRows(rows: $0.rows) }
        assets = budget.assets.map { TableRows(rows: $0.rows) }
        performance = budget.performance
        claims = budget.narrativeClaims
        // The tables present, then those of them not reported unread.
        var present: UInt32 = 0
        func bit(_ id: TableID) -> UInt32 { 1 << UInt32(id.caseTag) }
        if hasT1 { present |= bit(.t1) }
        if hasT4 { present |= bit(.t4) }
        if t2 != nil { present |= bit(.t2) }
        if t3 != nil { present |= bit(.t3) }
        if t5 != nil { present |= bit(.t5) }
        if t6 != nil { present |= bit(.t6) }
        if t7 != nil { present |= bit(.t7) }
        if t8 != nil { present |= bit(.t8) }
        if t9 != nil { present |= bit(.t9) }
        if procurement != nil { present |= bit(.procurement) }
        if assets != nil { present |= bit(.assets) }
        if !performance.isEmpty { present |= bit(.performance) }
        if claims != nil { present |= bit(.narrative) }
        var mask = present
        for id in context.unreadTables.keys { mask &= ~bit(id) }
        readableTables = mask; presentTables = present
    }

    /// True when table `id` is in the budget (``Budget/has(_:)``), read or not.
    func isPresent(_ id: TableID) -> Bool { presentTables & (1 << UInt32(id.caseTag)) != 0 }

    /// True when table `id` is in the budget and was read.
    func isReadable(_ id: TableID) -> Bool { readableTables & (1 << UInt32(id.caseTag)) != 0 }

    /// The rows of classified table `id` (T2, T3, T5…T8; nil when missing or not classified),
    /// as ``Budget/classified(_:)`` without copying the table.
    @inline(__always)
    func classified(_ id: TableID) -> TableRows<ClassifiedRow>? {
        switch id {
        case .t2: t2
        case .t3: t3
        case .t5: t5
        case .t6: t6
        case .t7: t7
        case .t8: t8
        default: nil
        }
    }

    /// T1 or T4 (nil for other ids), as ``Budget/balance(_:)``.
    func balance(_ id: TableID) -> BalanceTable? { id == .t1 ? t1 : id == .t4 ? t4 : nil }
}
