/// One 绩效目标表 (part 五): a project's budget, spending plan, goal and indicators.
public struct PerformanceTable: Sendable, Hashable, Codable {
    // Stored texts and lists first; the location fills the bytes after the first
    // amount's tag: 160 bytes a table, not 168.

    /// The title line as printed, e.g. `1、改制企业人员费用(RY)绩效目标表`.
    public var title: String
    /// 单位：万元 (the currency cell).
    public var currency: String
    /// 项目编码 (`13030225P00456010017A`).
    public var projectCode: String
    /// 项目名称.
    public var projectName: String
    /// 资金用途 text.
    public var purpose: String
    /// 绩效目标 text (lines joined with a newline).
    public var goal: String
    /// 资金支出计划: cumulative amounts by 3月底, 6月底, 10月底, 12月底.
    public var plan: [Amount?]
    /// Indicator rows.
    public var indicators: [PerformanceIndicator]
    /// 预算数.
    public var budget: Amount?
    /// Where the title was read.
    public var source: SourceLocation
    /// 其中：财政资金.
    public var fiscalFunds: Amount?
    /// 其他资金.
    public var otherFunds: Amount?

    /// The labels of the plan columns.
    public static let planLabels = ["3月底", "6月底", "10月底", "12月底"]

    public init(title: String, currency: String = "万元", projectCode: String, projectName: String,
                budget: Amount?, fiscalFunds: Amount?, otherFunds: Amount?, purpose: String,
                plan: [Amount?], goal: String, indicators: [PerformanceIndicator], source: SourceLocation = .none) {
        self.title = title; self.currency = currency; self.projectCode = projectCode; self.projectName = projectName
        self.budget = budget; self.fiscalFunds = fiscalFunds; self.otherFunds = otherFunds; self.purpose = purpose
        self.plan = plan; self.goal = goal; self.indicators = indicators; self.source = source
    }
}

/// One indicator row of a 绩效目标表.
public struct PerformanceIndicator: Sendable, Hashable, Codable {
    /// 一级指标 (printed only on the first row of a group; empty otherwise).
    public var level1: String
    /// 二级指标.
    public var level2: String
    /// 三级指标.
    public var level3: String
    /// 绩效指标描述.
    public var description: String
    /// 指标值 (`≤98万元`, `100%`, `≥17408人`).
    public var value: String
    /// 指标值确定依据.
    public var basis: String
    /// Where the row was read.
    public var source: SourceLocation

    public init(level1: String, level2: String, level3: String, description: String, value: String,
                basis: String, source: SourceLocation = .none) {
        self.level1 = level1; self.level2 = level2; self.level3 = level3
        self.description = description; self.value = value; self.basis = basis; self.source = source
    }
}
