/// The narrative 情况说明 that follows the nine tables: its text in order, the tables
/// embedded in it, and every figure it quotes as a structured claim.
public struct Narrative: Sendable, Hashable, Codable {
    /// The title line (`…2025年单位预算信息公开情况说明`).
    public var title: String
    /// Paragraphs and embedded tables in document order.
    public var blocks: [NarrativeBlock]
    /// Every figure the text quotes, in order of appearance.
    public var claims: [NarrativeClaim]
    /// Where the title was read.
    public var source: SourceLocation

    public init(title: String, blocks: [NarrativeBlock], claims: [NarrativeClaim], source: SourceLocation = .none) {
        self.title = title; self.blocks = blocks; self.claims = claims; self.source = source
    }

    /// The paragraphs, in order.
    public var paragraphs: [String] { blocks.compactMap { $0.kind == .paragraph ? $0.text : nil } }
}

/// One block of the narrative.
public struct NarrativeBlock: Sendable, Hashable, Codable {
    /// What the block is.
    public enum Kind: String, Sendable, CaseTagHashable, Codable {
        /// A line of text.
        case paragraph
        /// A small text table (e.g. 单位机构设置情况).
        case textTable
        /// The place of a 绩效目标表 (`index` into ``Budget/performance``).
        case performanceTable
        /// The place of the procurement table.
        case procurementTable
        /// The place of the asset table.
        case assetTable
    }
    // Stored texts first and one-byte and four-byte fields last, so that the kind and
    // the location fill the bytes after the index's tag: 40 bytes a block, not 56.

    /// The paragraph's text (empty otherwise).
    public var text: String
    /// The rows of a text table (empty otherwise).
    public var rows: [[String]]
    /// Index of the 绩效目标表 (performance blocks only).
    public var index: Int?
    /// What the block is.
    public var kind: Kind
    /// Where the block was read.
    public var source: SourceLocation

    public init(kind: Kind, text: String = "", rows: [[String]] = [], index: Int? = nil, source: SourceLocation = .none) {
        self.kind = kind; self.text = text; self.rows = rows; self.index = index; self.source = source
    }

    /// A paragraph.
    public static func paragraph(_ text: String, source: SourceLocation = .none) -> NarrativeBlock {
        NarrativeBlock(kind: .paragraph, text: text, source: source)
    }
}

/// A figure the narrative quotes, with what it refers to.
public struct NarrativeClaim: Sendable, Hashable, Codable {
    // Stored texts first, then the amount, the location and the one-byte fields, so
    // that nothing is padded: 64 bytes a claim, not 88.

    /// For a project claim, the project's name as quoted; empty otherwise.
    public var name: String
    /// The figure's text as printed (`98`, `1047.65`).
    public var printed: String
    /// The words before the figure, as printed (`其中：一般公共预算收入`).
    public var label: String
    /// The figure as quoted (always non-negative unless printed with a sign).
    public var amount: Amount
    /// Where the claim was read.
    public var source: SourceLocation
    /// What the figure is said to be.
    public var subject: ClaimSubject
    /// Whether the figure is a level or a change against last year (比上年增减).
    public var change: ClaimChange
    /// The unit it was quoted in.
    public var unit: Amount.Unit

    public init(subject: ClaimSubject, name: String = "", change: ClaimChange = .level, amount: Amount,
                unit: Amount.Unit = .wanYuan, printed: String, label: String, source: SourceLocation = .none) {
        self.subject = subject; self.name = name; self.change = change; self.amount = amount
        self.unit = unit; self.printed = printed; self.label = label; self.source = source
    }

    /// The change with its sign (increase positive, decrease negative); the amount for a level.
    /// (Inlinable: rules read it for every change claim, and a call cost more than the read.)
    @inlinable public var signedAmount: Amount { change == .decrease ? -amount : amount }
}

/// Whether a claim states a level or a change against last year.
public enum ClaimChange: String, Sendable, CaseTagHashable, Codable {
    /// A level: `基本支出916.65万元`.
    case level
    /// An increase against last year: `增加166.33万元`.
    case increase
    /// A decrease against last year: `减少185.23万元`.
    case decrease
}

/// What a quoted figure refers to.
public enum ClaimSubject: String, Sendable, CaseTagHashable, Codable, CaseIterable {
    /// 预算收入 (T1 收入总计).
    case totalIncome = "预算收入"
    /// 一般公共预算收入 (T1 一).
    case generalBudgetIncome = "一般公共预算收入"
    /// 基金预算收入 (T1 二).
    case fundBudgetIncome = "政府性基金预算收入"
    /// 国有资本经营预算收入 (T1 三).
    case stateCapitalIncome = "国有资本经营预算收入"
    /// 财政专户核拨收入 (T1 四).
    case specialAccountIncome = "财政专户管理资金收入"
    /// 单位资金收入 (T1 五).
    case unitFundsIncome = "单位资金收入"
    /// 上年结转结余 (T1 line 33).
    case carriedForward = "上年结转结余"
    /// 支出预算 (T1 支出总计).
    case totalExpenditure = "支出预算"
    /// 预算收支安排: the whole budget (收入总计 = 支出总计).
    case totalBudget = "预算收支安排"
    /// 基本支出 (T3 基本支出 total).
    case basicExpenditure = "基本支出"
    /// 人员经费 (T6 人员经费 total).
    case personnelExpenditure = "人员经费"
    /// 日常公用经费 (T6 公用经费 total).
    case publicExpenditure = "日常公用经费"
    /// 项目支出 (T3 项目支出 total).
    case projectExpenditure = "项目支出"
    /// A named project (its 绩效目标表 预算数).
    case project = "项目"
    /// 机关运行经费 (T6 公用经费 total).
    case operatingCosts = "机关运行经费"
    /// “三公”经费 (T9 小计).
    case threePublic = "“三公”经费"
    /// 因公出国（境）费 (T9).
    case travelAbroad = "因公出国（境）费"
    /// 公务用车购置及运维费 (T9).
    case officialVehicles = "公务用车购置及运维费"
    /// 公务用车购置费 (T9).
    case vehiclePurchase = "公务用车购置费"
    /// 公务用车运维费 (T9 运行维护费).
    case vehicleOperation = "公务用车运行维护费"
    /// 公务接待费 (T9).
    case reception = "公务接待费"
    /// 上年末固定资产金额 (asset table 资产总额).
    case fixedAssets = "上年末固定资产金额"
    /// 拟购置固定资产总额 (fixed-asset purchases in the procurement table).
    case plannedAssetPurchases = "拟购置固定资产总额"
    /// A figure whose subject Huizong does not recognise.
    case unrecognised = "未识别"
}
