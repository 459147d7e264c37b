import HuizongModel

/// Money inside the generator: hundredths of 万元 (the grid every table prints).
typealias Hundredths = Int64

extension Hundredths {
    /// The amount, or nil (an empty cell) when zero.
    var cell: Amount? { self == 0 ? nil : Amount(wanHundredths: self) }
    /// The amount, `0.00` when zero.
    var amount: Amount { Amount(wanHundredths: self) }
}

/// Where a unit's money comes from: the income columns of T2 and the funds of T4.
enum FundSource: Int, CaseIterable, Sendable, Hashable, Codable {
    case general, governmentFund, stateCapital, specialAccount, business, operating, superior, affiliated, other
    case carryGeneral, carryGovernmentFund, carryStateCapital, carryOther

    /// The T2 column (``TableSchema/T2``) the income is recorded in.
    var t2Column: Int {
        switch self {
        case .general, .governmentFund, .stateCapital: TableSchema.T2.fiscal.rawValue
        case .specialAccount: TableSchema.T2.specialAccount.rawValue
        case .business: TableSchema.T2.business.rawValue
        case .operating: TableSchema.T2.operating.rawValue
        case .superior: TableSchema.T2.superior.rawValue
        case .affiliated: TableSchema.T2.affiliated.rawValue
        case .other: TableSchema.T2.other.rawValue
        case .carryGeneral, .carryGovernmentFund, .carryStateCapital, .carryOther: TableSchema.T2.carryover.rawValue
        }
    }

    /// The fiscal fund (T4 column 1…3; T5, T7, T8), nil for money that is not a 财政拨款.
    var fiscalFund: Int? {
        switch self {
        case .general, .carryGeneral: TableSchema.T4Expenditure.general.rawValue
        case .governmentFund, .carryGovernmentFund: TableSchema.T4Expenditure.fund.rawValue
        case .stateCapital, .carryStateCapital: TableSchema.T4Expenditure.stateCapital.rawValue
        default: nil
        }
    }

    /// True for money carried over from last year (上年结转).
    var isCarryover: Bool { rawValue >= FundSource.carryGeneral.rawValue }

    /// True for 单位资金 (T1 item 五).
    var isUnitFunds: Bool { [.business, .operating, .superior, .affiliated, .other].contains(self) }

    /// The P amount column (``TableSchema/Procurement``) of purchases paid from it.
    var procurementColumn: Int {
        switch self {
        case .general: TableSchema.Procurement.general.rawValue
        case .governmentFund: TableSchema.Procurement.fund.rawValue
        case .stateCapital: TableSchema.Procurement.stateCapital.rawValue
        case .specialAccount: TableSchema.Procurement.specialAccount.rawValue
        case .business, .operating, .superior, .affiliated, .other: TableSchema.Procurement.unitFunds.rawValue
        case .carryGeneral, .carryGovernmentFund, .carryStateCapital, .carryOther: TableSchema.Procurement.carryover.rawValue
        }
    }

    /// Last year's money of the same kind.
    var carryover: FundSource {
        switch self {
        case .general: .carryGeneral
        case .governmentFund: .carryGovernmentFund
        case .stateCapital: .carryStateCapital
        default: isCarryover ? self : .carryOther
        }
    }
}

/// The T3 spending columns (``TableSchema/T3``).
enum SpendColumn: Int, Sendable, Hashable, Codable {
    case basic = 1, project, operating, remittance, subsidy
}

/// One line of basic expenditure: an economic 款 under a function 项, paid from the
/// general budget (T6 is the general budget's basic expenditure).
struct BasicLine: Sendable, Hashable {
    var economic: String
    var item: String
    var amount: Hundredths
}

/// A part of a project's money and where it comes from.
struct FundPart: Sendable, Hashable {
    var source: FundSource
    var amount: Hundredths
}

/// One item bought through government procurement.
struct Purchase: Sendable, Hashable {
    /// ``ProcurementCatalogue`` key.
    var key: String
    var quantity: Int64
    var amount: Hundredths
    /// 预留中小微企业份额 in per mille of the amount; nil leaves the cell empty.
    var smePerMille: Int?

    var item: CatalogueItem { ProcurementCatalogue.item(key) }

    /// A purchase whose amount ÷ quantity does not fall exactly half-way between two
    /// hundredths: there 单价 rounded up would pass the 数量 × 单价 check even 0.01 lower.
    /// Such an amount is raised by 0.01 万元.
    init(key: String, quantity: Int64, amount: Hundredths, smePerMille: Int?) {
        var amount = amount
        if (2 * amount) % quantity == 0 && ((2 * amount) / quantity) % 2 == 1 { amount += 1 }
        self.key = key; self.quantity = quantity; self.amount = amount; self.smePerMille = smePerMille
    }
}

/// One project (项目支出) with its 绩效目标表.
struct Project: Sendable, Hashable {
    var name: String
    var code: String
    var item: String
    var theme: ProjectTheme
    var parts: [FundPart]
    /// Cumulative spending plan for 3月底, 6月底, 10月底 in per mille (nil: not planned).
    var planPerMille: [Int?]
    /// The seed of the indicator rows' wording and values.
    var detailSeed: UInt64
    /// True when the cost indicator is quoted in 元.
    var costInYuan: Bool
    var purchases: [Purchase]

    var total: Hundredths { parts.map(\.amount).reduce(0, +) }
    /// 其中：财政资金: the 财政拨款 parts.
    var fiscal: Hundredths { parts.filter { $0.source.fiscalFund != nil }.map(\.amount).reduce(0, +) }
    /// 其他资金.
    var otherFunds: Hundredths { total - fiscal }
    /// The part purchases are paid from: the largest.
    var purchaseSource: FundPart? { parts.max { $0.amount < $1.amount } }
    /// True when part of it is an internal flow (上级补助收入, 附属单位上缴收入).
    var carriesFlow: Bool { parts.contains { $0.source == .superior || $0.source == .affiliated } }
}

/// Spending outside basic and project expenditure: 经营支出, 上解上级支出, 对附属单位补助支出.
struct OtherSpending: Sendable, Hashable {
    var item: String
    var column: SpendColumn
    var source: FundSource
    var amount: Hundredths
}

/// The fixed assets at the end of last year.
struct AssetFigures: Sendable, Hashable {
    var buildingArea: Int64?, buildingValue: Hundredths
    var officeArea: Int64?, officeValue: Hundredths
    var vehicles: Int64, vehicleValue: Hundredths
    var equipment: Int64, equipmentValue: Hundredths
    var others: Int64, otherValue: Hundredths

    var total: Hundredths { buildingValue + vehicleValue + equipmentValue + otherValue }
}

/// Last year's figures the narrative compares with.
struct LastYearFigures: Sendable, Hashable {
    var personnel: Hundredths
    var publicFunds: Hundredths
    var projects: Hundredths
    var threePublic: Hundredths
}

/// Everything a unit's budget is assembled from; every table and the narrative are
/// computed from it without further random draws, so a change applied to it (a draft)
/// gives a budget that is consistent again.
struct UnitContent: Sendable, Hashable {
    var spec: UnitSpec
    var year: Int
    var staff: Int
    var basic: [BasicLine]
    var projects: [Project]
    var other: [OtherSpending]
    /// Purchases paid from 公用经费 (办公费 and 办公设备购置).
    var officePurchases: [Purchase]
    var assets: AssetFigures
    var lastYear: LastYearFigures
    /// The seed of the narrative's wording.
    var narrativeSeed: UInt64

    /// Basic expenditure of economic code `code`.
    func basic(_ code: String) -> Hundredths { basic.filter { $0.economic == code }.map(\.amount).reduce(0, +) }
    /// 人员经费 (301, 303).
    var personnel: Hundredths { basic.filter { EconomicCodes.isPersonnel($0.economic) }.map(\.amount).reduce(0, +) }
    /// 公用经费 (302, 310).
    var publicFunds: Hundredths { basic.filter { !EconomicCodes.isPersonnel($0.economic) }.map(\.amount).reduce(0, +) }
    /// 项目支出.
    var projectTotal: Hundredths { projects.map(\.total).reduce(0, +) }
}
