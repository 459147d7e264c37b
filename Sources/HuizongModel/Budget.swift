/// A budget disclosure in the Hebei template: a unit's (单位预算), or a department's or
/// the district's consolidated one (部门预算), in the same form.
///
/// Every table is optional: a document that holds only some tables reads to a budget
/// with the others `nil` (reported by the structure rules, not by the reader).
public struct Budget: Sendable, Hashable, Codable {
    /// 单位 or 部门.
    public var scope: BudgetScope
    /// Six-digit unit code, or the department's code.
    public var code: String
    /// The unit's or department's name.
    public var name: String
    /// 预算年度.
    public var year: Int?
    /// The currency of the tables (万元).
    public var currency: String

    /// T1 收支总表.
    public var t1: BalanceTable?
    /// T2 收入总表.
    public var t2: ClassifiedTable?
    /// T3 支出总表.
    public var t3: ClassifiedTable?
    /// T4 财政拨款收支总表.
    public var t4: BalanceTable?
    /// T5 一般公共预算财政拨款支出表.
    public var t5: ClassifiedTable?
    /// T6 一般公共预算财政拨款基本支出表.
    public var t6: ClassifiedTable?
    /// T7 政府性基金预算财政拨款支出表.
    public var t7: ClassifiedTable?
    /// T8 国有资本经营预算财政拨款支出表.
    public var t8: ClassifiedTable?
    /// T9 财政拨款“三公”经费支出表.
    public var t9: ThreePublicTable?
    /// P 政府采购预算.
    public var procurement: ProcurementTable?
    /// A 固定资产占用情况表.
    public var assets: AssetTable?
    /// G 绩效目标表, one per project, in printed order.
    public var performance: [PerformanceTable]
    /// N 情况说明.
    public var narrative: Narrative?

    public init(scope: BudgetScope = .unit, code: String, name: String, year: Int?, currency: String = "万元") {
        self.scope = scope; self.code = code; self.name = name; self.year = year; self.currency = currency
        self.performance = []
    }

    /// The classified table `id` (T2, T3, T5…T8), nil for other ids or when absent.
    public func classified(_ id: TableID) -> ClassifiedTable? {
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
    public func balance(_ id: TableID) -> BalanceTable? { id == .t1 ? t1 : id == .t4 ? t4 : nil }

    /// True when table `id` is present (no allocation: rules ask this constantly).
    public func has(_ id: TableID) -> Bool {
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
