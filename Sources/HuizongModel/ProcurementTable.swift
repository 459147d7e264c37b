/// 单位政府采购预算 (part 六 of the narrative): a 合计 row, a 小计 per unit, and one row
/// per purchased item.
public struct ProcurementTable: Sendable, Hashable, Codable {
    /// The header cells (unit line and 单位：万元).
    public var header: TableHeader
    /// Rows in printed order.
    public var rows: [ProcurementRow]
    /// The note printed after the table, if any.
    ///
    /// Spelled `Optional<…>`, not `…?`: a `var` of the sugared type starts as nil before
    /// the initializer assigns it, and that left a copy and a destroy of the whole value in
    /// every initializer call inlined into another module.
    public var note: Optional<String>

    public init(header: TableHeader, rows: [ProcurementRow], note: String? = nil) {
        self.header = header; self.rows = rows; self.note = note
    }

    /// The item rows (neither 合计 nor 小计).
    public var items: [ProcurementRow] { rows.filter { $0.kind == .item } }
    /// The 合计 row, if printed.
    public var totalRow: ProcurementRow? { rows.first { $0.kind == .total } }
}

/// One row of the procurement table.
public struct ProcurementRow: Sendable, Hashable, Codable {
    /// What the row is.
    public enum Kind: String, Sendable, CaseTagHashable, Codable {
        /// 合计.
        case total
        /// `<unit name>小计`.
        case subtotal
        /// A purchased item.
        case item
    }

    // Stored texts, the amount list and the four amounts first, then the quantity, whose
    // tag the kind and the location follow: 120 bytes a row, not 136 (a district's
    // consolidated table holds every unit's items, and each department's table them too).

    /// 项目名称 (for a 小计: its label, e.g. `秦皇岛市海港区社会保险事业所小计`).
    public var projectName: String
    /// 采购物品名称.
    public var itemName: String
    /// 政府采购目录序号 (`A05040101`).
    public var catalogCode: String
    /// 计量单位.
    public var measureUnit: String
    /// 政府采购金额: 合计, 一般公共预算拨款, 基金预算拨款, 国有资本经营预算拨款, 财政专户核拨, 单位资金, 上年结转结余.
    public var amounts: [Amount?]
    /// 预算资金 of the project.
    public var projectBudget: Amount?
    /// 单价 (万元, rounded to 0.01).
    public var unitPrice: Amount?
    /// 预留中小微企业份额.
    public var smeShare: Amount?
    /// 数量.
    public var quantity: Quantity?
    /// 合计, 小计 or item.
    public var kind: Kind
    /// Where the row was read.
    public var source: SourceLocation

    public init(kind: Kind, projectName: String, projectBudget: Amount? = nil, itemName: String = "",
                catalogCode: String = "", measureUnit: String = "", quantity: Quantity? = nil,
                unitPrice: Amount? = nil, amounts: [Amount?], smeShare: Amount? = nil, source: SourceLocation = .none) {
        self.kind = kind; self.projectName = projectName; self.projectBudget = projectBudget
        self.itemName = itemName; self.catalogCode = catalogCode; self.measureUnit = measureUnit
        self.quantity = quantity; self.unitPrice = unitPrice; self.amounts = amounts
        self.smeShare = smeShare; self.source = source
    }
}
