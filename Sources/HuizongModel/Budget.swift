/// A budget disclosure in the Hebei template: a unit's (单位预算), or a department's or
/// the district's consolidated one (部门预算), in the same form.
///
/// Every table is optional: a document that holds only some tables reads to a budget
/// with the others `nil` (reported by the structure rules, not by the reader).
public struct Budget: Sendable, Hashable, Codable {
    // The fields live in one copy-on-write box (`Budget+Storage.swift`): a budget holds
    // thirteen tables, and copying it (into a rule's check, a roll-up group, a result)
    // must cost one reference count, not one per table, header and row array.
    @usableFromInline var storage: Storage

    /// 单位 or 部门.
    @inlinable public var scope: BudgetScope {
        get { storage.scope }
        _modify { makeUnique(); yield &storage.scope }
        set { makeUnique(); storage.scope = newValue }
    }
    /// Six-digit unit code, or the department's code.
    @inlinable public var code: String {
        get { storage.code }
        _modify { makeUnique(); yield &storage.code }
        set { makeUnique(); storage.code = newValue }
    }
    /// The unit's or department's name.
    @inlinable public var name: String {
        get { storage.name }
        _modify { makeUnique(); yield &storage.name }
        set { makeUnique(); storage.name = newValue }
    }
    /// 预算年度.
    @inlinable public var year: Int? {
        get { storage.year }
        _modify { makeUnique(); yield &storage.year }
        set { makeUnique(); storage.year = newValue }
    }
    /// The currency of the tables (万元).
    @inlinable public var currency: String {
        get { storage.currency }
        _modify { makeUnique(); yield &storage.currency }
        set { makeUnique(); storage.currency = newValue }
    }
    /// T1 收支总表.
    @inlinable public var t1: BalanceTable? {
        get { storage.t1 }
        _modify { makeUnique(); yield &storage.t1 }
        set { makeUnique(); storage.t1 = newValue }
    }
    /// T2 收入总表.
    @inlinable public var t2: ClassifiedTable? {
        get { storage.t2 }
        _modify { makeUnique(); yield &storage.t2 }
        set { makeUnique(); storage.t2 = newValue }
    }
    /// T3 支出总表.
    @inlinable public var t3: ClassifiedTable? {
        get { storage.t3 }
        _modify { makeUnique(); yield &storage.t3 }
        set { makeUnique(); storage.t3 = newValue }
    }
    /// T4 财政拨款收支总表.
    @inlinable public var t4: BalanceTable? {
        get { storage.t4 }
        _modify { makeUnique(); yield &storage.t4 }
        set { makeUnique(); storage.t4 = newValue }
    }
    /// T5 一般公共预算财政拨款支出表.
    @inlinable public var t5: ClassifiedTable? {
        get { storage.t5 }
        _modify { makeUnique(); yield &storage.t5 }
        set { makeUnique(); storage.t5 = newValue }
    }
    /// T6 一般公共预算财政拨款基本支出表.
    @inlinable public var t6: ClassifiedTable? {
        get { storage.t6 }
        _modify { makeUnique(); yield &storage.t6 }
        set { makeUnique(); storage.t6 = newValue }
    }
    /// T7 政府性基金预算财政拨款支出表.
    @inlinable public var t7: ClassifiedTable? {
        get { storage.t7 }
        _modify { makeUnique(); yield &storage.t7 }
        set { makeUnique(); storage.t7 = newValue }
    }
    /// T8 国有资本经营预算财政拨款支出表.
    @inlinable public var t8: ClassifiedTable? {
        get { storage.t8 }
        _modify { makeUnique(); yield &storage.t8 }
        set { makeUnique(); storage.t8 = newValue }
    }
    /// T9 财政拨款“三公”经费支出表.
    @inlinable public var t9: ThreePublicTable? {
        get { storage.t9 }
        _modify { makeUnique(); yield &storage.t9 }
        set { makeUnique(); storage.t9 = newValue }
    }
    /// P 政府采购预算.
    @inlinable public var procurement: ProcurementTable? {
        get { storage.procurement }
        _modify { makeUnique(); yield &storage.procurement }
        set { makeUnique(); storage.procurement = newValue }
    }
    /// A 固定资产占用情况表.
    @inlinable public var assets: AssetTable? {
        get { storage.assets }
        _modify { makeUnique(); yield &storage.assets }
        set { makeUnique(); storage.assets = newValue }
    }
    /// G 绩效目标表, one per project, in printed order.
    @inlinable public var performance: [PerformanceTable] {
        get { storage.performance }
        _modify { makeUnique(); yield &storage.performance }
        set { makeUnique(); storage.performance = newValue }
    }
    /// N 情况说明.
    @inlinable public var narrative: Narrative? {
        get { storage.narrative }
        _modify { makeUnique(); yield &storage.narrative }
        set { makeUnique(); storage.narrative = newValue }
    }

    public init(scope: BudgetScope = .unit, code: String, name: String, year: Int?, currency: String = "万元") {
        storage = Storage(scope: scope, code: code, name: name, year: year, currency: currency)
    }

    /// The classified table `id` (T2, T3, T5…T8), nil for other ids or when absent.
    @inlinable public func classified(_ id: TableID) -> ClassifiedTable? {
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

    /// Replaces the classified table `id`.
    public mutating func setClassified(_ id: TableID, _ table: ClassifiedTable?) {
        switch id {
        case .t2: t2 = table
        case .t3: t3 = table
        case .t5: t5 = table
        case .t6: t6 = table
        case .t7: t7 = table
        case .t8: t8 = table
        default: preconditionFailure("\(id) is not a classified table")
        }
    }

    /// The balance table `id` (T1 or T4).
    @inlinable public func balance(_ id: TableID) -> BalanceTable? { id == .t1 ? t1 : id == .t4 ? t4 : nil }

    /// True when table `id` is present (no allocation: rules ask this constantly).
    @inlinable public func has(_ id: TableID) -> Bool {
        switch id {
        case .t1: t1 != nil
        case .t2: t2 != nil
        case .t3: t3 != nil
        case .t4: t4 != nil
        case .t5: t5 != nil
        case .t6: t6 != nil
        case .t7: t7 != nil
        case .t8: t8 != nil
        case .t9: t9 != nil
        case .procurement: procurement != nil
        case .assets: assets != nil
        case .performance: !performance.isEmpty
        case .narrative: narrative != nil
        }
    }

    /// The tables present, in document order.
    public var presentTables: [TableID] {
        var ids: [TableID] = []
        if t1 != nil { ids.append(.t1) }
        if t2 != nil { ids.append(.t2) }
        if t3 != nil { ids.append(.t3) }
        if t4 != nil { ids.append(.t4) }
        if t5 != nil { ids.append(.t5) }
        if t6 != nil { ids.append(.t6) }
        if t7 != nil { ids.append(.t7) }
        if t8 != nil { ids.append(.t8) }
        if t9 != nil { ids.append(.t9) }
        if procurement != nil { ids.append(.procurement) }
        if assets != nil { ids.append(.assets) }
        if !performance.isEmpty { ids.append(.performance) }
        if narrative != nil { ids.append(.narrative) }
        return ids
    }

    /// The header of table `id` as printed, when the table is present.
    public func header(of id: TableID) -> TableHeader? {
        switch id {
        case .t1: t1?.header
        case .t4: t4?.header
        case .t9: t9?.header
        case .procurement: procurement?.header
        case .assets: assets?.header
        case .performance, .narrative: nil
        default: classified(id)?.header
        }
    }
}
