/// The amount columns of each table, by the header printed over them (whitespace
/// removed). These names are the `column` of the facts CSV and of findings.
public enum TableSchema {
    /// T1 income side / expenditure side.
    public static let t1Income = ["收入/预算数"]
    public static let t1Expenditure = ["支出/预算数"]
    /// T4 income side / expenditure side.
    public static let t4Income = ["收入/金额"]
    public static let t4Expenditure = ["支出/合计", "支出/一般公共预算财政拨款", "支出/政府性基金预算财政拨款", "支出/国有资本经营预算财政拨款"]
    /// T2 收入总表 columns 3–12.
    public static let t2 = ["合计", "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入",
                            "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转"]
    /// T3 支出总表 columns 3–8.
    public static let t3 = ["合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"]
    /// T5, T7, T8 columns.
    public static let basicProject = ["合计", "基本支出", "项目支出"]
    /// T6 columns.
    public static let t6 = ["合计", "人员经费", "公用经费"]
    /// T9 columns.
    public static let t9 = ["合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"]
    /// P amount columns after 单价.
    public static let procurementAmounts = ["合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款",
                                            "财政专户核拨", "单位资金", "上年结转结余"]
    /// A amount column.
    public static let assetValue = "价值（金额单位：万元）"

    /// The amount columns of classified table `id`.
    public static func columns(of id: TableID) -> [String] {
        switch id {
        case .t2: t2
        case .t3: t3
        case .t6: t6
        case .t5, .t7, .t8: basicProject
        case .t9: t9
        default: []
        }
    }

    /// The classification scheme of classified table `id`.
    public static func scheme(of id: TableID) -> SubjectCode.Scheme { id == .t6 ? .economic : .function }

    /// T2 column indices.
    public enum T2: Int { case total = 0, subtotal, fiscal, specialAccount, business, operating, superior, affiliated, other, carryover }
    /// T3 column indices.
    public enum T3: Int { case total = 0, basic, project, operating, remittance, subsidy }
    /// T5/T7/T8 column indices.
    public enum BasicProject: Int { case total = 0, basic, project }
    /// T6 column indices.
    public enum T6: Int { case total = 0, personnel, publicFunds }
    /// T4 expenditure column indices.
    public enum T4Expenditure: Int { case total = 0, general, fund, stateCapital }
    /// P amount column indices.
    public enum Procurement: Int { case total = 0, general, fund, stateCapital, specialAccount, unitFunds, carryover }
}
