/// The tables of a Hebei-template budget disclosure, in document order.
public enum TableID: String, Sendable, CaseTagHashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case t1 = "T1", t2 = "T2", t3 = "T3", t4 = "T4", t5 = "T5", t6 = "T6", t7 = "T7", t8 = "T8", t9 = "T9"
    /// 政府采购预算.
    case procurement = "P"
    /// 固定资产占用情况表.
    case assets = "A"
    /// 绩效目标表 (one per project).
    case performance = "G"
    /// 情况说明 (the narrative).
    case narrative = "N"

    /// The nine budget tables T1…T9.
    public static let nine: [TableID] = [.t1, .t2, .t3, .t4, .t5, .t6, .t7, .t8, .t9]

    /// The title after the 单位预算 / 部门预算 prefix (T1…T9), or the whole title.
    public var titleStem: String {
        switch self {
        case .t1: "收支总表"
        case .t2: "收入总表"
        case .t3: "支出总表"
        case .t4: "财政拨款收支总表"
        case .t5: "一般公共预算财政拨款支出表"
        case .t6: "一般公共预算财政拨款基本支出表"
        case .t7: "政府性基金预算财政拨款支出表"
        case .t8: "国有资本经营预算财政拨款支出表"
        case .t9: "财政拨款“三公”经费支出表"
        case .procurement: "政府采购预算"
        case .assets: "固定资产占用情况表"
        case .performance: "绩效目标表"
        case .narrative: "情况说明"
        }
    }

    /// A short label for messages: `T3 支出总表`.
    public var label: String { "\(rawValue) \(titleStem)" }
    public var description: String { rawValue }

    private var order: Int { TableID.allCases.firstIndex(of: self)! }
    public static func < (a: TableID, b: TableID) -> Bool { a.order < b.order }
}

/// Whose budget a table belongs to, as its title says: 单位预算… or 部门预算….
public enum BudgetScope: String, Sendable, CaseTagHashable, Codable {
    /// A budget unit (单位).
    case unit = "单位"
    /// A department (部门) or the district total, consolidated.
    case department = "部门"
}

/// The header cells of a table: the unit line, 预算年度, 单位 (currency) or 截止时间.
public struct TableHeader: Sendable, Hashable, Codable {
    // Stored texts first, then the year, the scope and the location, so that the scope
    // and the location fill the bytes after the year's tag: 80 bytes a header, not 96
    // (a budget holds eleven).

    /// Six-digit unit code (`323003`), or a department's code.
    public var unitCode: String
    /// The unit's name as printed after its code.
    public var unitName: String
    /// 单位：万元, when printed.
    ///
    /// Spelled `Optional<…>`, not `…?`: a `var` of the sugared type starts as nil before
    /// the initializer assigns it, and that left a copy and a destroy of the whole value in
    /// every initializer call inlined into another module.
    public var currency: Optional<String>
    /// 截止时间 (asset table), when printed.
    /// (`Optional<…>` spelled out: see ``currency``.)
    public var asOf: Optional<String>
    /// 预算年度, when the header prints one.
    public var budgetYear: Int?
    /// 单位预算 or 部门预算.
    public var scope: BudgetScope
    /// Where the header was read.
    public var source: SourceLocation

    public init(scope: BudgetScope, unitCode: String, unitName: String, budgetYear: Int? = nil,
                currency: String? = nil, asOf: String? = nil, source: SourceLocation = .none) {
        self.scope = scope; self.unitCode = unitCode; self.unitName = unitName
        self.budgetYear = budgetYear; self.currency = currency; self.asOf = asOf; self.source = source
    }
}
