import HuizongModel

/// One table's headline figure: what `huizong diff` prints per department and for the district.
public struct HeadlineTotal: Sendable, Hashable {
    /// The table.
    public var table: TableID
    /// What the figure is (`收入总计`, `合计`, `资产总额` …).
    public var label: String
    /// The figure; nil when the cell is empty.
    public var value: Amount?

    public init(table: TableID, label: String, value: Amount?) {
        self.table = table; self.label = label; self.value = value
    }
}

/// The headline figure of each table, for diff summaries: T1 收入总计, the 合计 of T2,
/// T3, T5…T9, T4 收入总计, the procurement 合计, the asset 资产总额, Σ 预算数 of the projects.
///
/// The store records them for every department and the district when a snapshot is
/// written, so a comparison reads them without reading the budgets back.
public enum TableTotals {
    /// The headline figure of every table present, in document order.
    public static func of(_ budget: Budget) -> [HeadlineTotal] {
        var out: [HeadlineTotal] = []
        func add(_ table: TableID, _ label: String, _ value: Amount?) { out.append(HeadlineTotal(table: table, label: label, value: value)) }
        if let t1 = budget.t1 { add(.t1, "收入总计", t1.line(income: "收入总计")?.income[0] ?? nil) }
        for id in [TableID.t2, .t3] { if let t = budget.classified(id) { add(id, "合计", t.totalRow?.amounts[0] ?? nil) } }
        if let t4 = budget.t4 { add(.t4, "收入总计", t4.line(income: "收入总计")?.income[0] ?? nil) }
        for id in [TableID.t5, .t6, .t7, .t8] { if let t = budget.classified(id) { add(id, "合计", t.totalRow?.amounts[0] ?? nil) } }
        if let t9 = budget.t9 { add(.t9, "合计", t9.rows.first?.amounts[0] ?? nil) }
        if let p = budget.procurement { add(.procurement, "采购金额合计", p.totalRow?.amounts[0] ?? nil) }
        if let a = budget.assets { add(.assets, "资产总额", a.row(containing: "资产总额")?.amounts.first ?? nil) }
        if !budget.performance.isEmpty { add(.performance, "项目预算数合计", budget.performance.compactMap(\.budget).sum()) }
        return out
    }
}
