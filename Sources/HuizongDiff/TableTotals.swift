import HuizongModel

/// The headline figure of each table, for diff summaries: T1 收入总计, the 合计 of T2,
/// T3, T5…T9, T4 收入总计, the procurement 合计, the asset 资产总额, Σ 预算数 of the projects.
public enum TableTotals {
    /// (table, what the figure is, value) for every table present.
    public static func of(_ budget: Budget) -> [(table: TableID, label: String, value: Amount?)] {
        var out: [(TableID, String, Amount?)] = []
        if let t1 = budget.t1 { out.append((.t1, "收入总计", t1.line(income: "收入总计")?.income[0] ?? nil)) }
        for id in [TableID.t2, .t3] { if let t = budget.classified(id) { out.append((id, "合计", t.totalRow?.amounts[0] ?? nil)) } }
        if let t4 = budget.t4 { out.append((.t4, "收入总计", t4.line(income: "收入总计")?.income[0] ?? nil)) }
        for id in [TableID.t5, .t6, .t7, .t8] { if let t = budget.classified(id) { out.append((id, "合计", t.totalRow?.amounts[0] ?? nil)) } }
        if let t9 = budget.t9 { out.append((.t9, "合计", t9.rows.first?.amounts[0] ?? nil)) }
        if let p = budget.procurement { out.append((.procurement, "采购金额合计", p.totalRow?.amounts[0] ?? nil)) }
        if let a = budget.assets { out.append((.assets, "资产总额", a.row(containing: "资产总额")?.amounts.first ?? nil)) }
        if !budget.performance.isEmpty { out.append((.performance, "项目预算数合计", budget.performance.compactMap(\.budget).sum())) }
        return out
    }
}
