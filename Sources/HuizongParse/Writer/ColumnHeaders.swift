import HuizongModel

/// The column-header rows of every table, byte for byte as the seed prints them
/// (internal spaces included: they are what the extraction tool left of the line
/// breaks inside merged header cells).
enum ColumnHeaders {
    /// The header rows of T1…T9, 栏次 row included.
    static func rows(of id: TableID) -> [[String]] {
        switch id {
        case .t1:
            [["序号", "收入", "支出"],
             ["", "项  目", "预算数", "项  目", "预算数"],
             ["栏次", "1", "2", "3", "4"]]
        case .t2:
            [["序号", "功能分类科目", "合计", "本年收入", "上年结转"],
             ["", "科目    编码", "科目名称", "", "小计", "财政拨款 收入", "财政专户 收入", "事业收入", "经营收入",
              "上级补助收入", "附属单位上缴收入", "其他收入", ""],
             columnNumbers(12)]
        case .t3:
            [["序号", "功能分类科目", "合计", "基本支出", "项目支出", "经营支出", "上解上级     支出", "对附属单位补助支出"],
             ["", "科目    编码", "科目名称", "", "", "", "", "", ""],
             columnNumbers(8)]
        case .t4:
            [["序号", "收入", "支出"],
             ["", "项  目", "金额", "项  目", "合计", "一般公共预算财政拨款", "政府性基金预算财政    拨款",
              "国有资本经营预算财政拨款"],
             columnNumbers(7)]
        case .t5, .t7, .t8:
            [["序号", "功能分类科目", "合计", "基本支出", "项目支出"],
             ["", "科目编码", "科目名称", "", "", ""],
             columnNumbers(5)]
        case .t6:
            [["序号", "支出部门经济分类科目", "一般公共预算基本支出"],
             ["", "科目编码", "科目名称", "合计", "人员经费", "公用经费"],
             columnNumbers(5)]
        case .t9:
            [["序号", "项  目", "资 金 性 质"],
             ["", "", "合计", "一般公共预算              财政拨款", "政府性基金                  预算拨款",
              "国有资本经营              预算财政拨款"],
             columnNumbers(5)]
        case .procurement, .assets, .performance, .narrative:
            []
        }
    }

    /// The 栏次 row: `栏次, 1, 2, …, count`.
    static func columnNumbers(_ count: Int) -> [String] {
        ["栏次"] + (1...count).map(String.init)
    }

    /// The two header rows of the procurement table; `year` heads the 中小微企业 column
    /// (`2025年  预留中  小微企  业份额`).
    static func procurement(year: Int?) -> [[String]] {
        let share = (year.map { "\($0)年  " } ?? "") + "预留中  小微企  业份额"
        return [
            ["政府采购项目来源", "采购物品名称", "政府采购目录序号", "计量  单位", "数量", "单价",
             "政府采购金额（当年部门预算安排资金）", share],
            ["项目名称", "预算    资金", "", "", "", "", "", "合计", "一般公共预算拨款", "基金预算拨款",
             "国有资本经营预算拨款", "财政专户核拨", "单位    资金", "上年结转结余", ""],
        ]
    }

    /// The header row of the asset table.
    static let assets = ["项   目", "数量", "价值（金额单位：万元）"]

    /// The 绩效目标表 labels.
    enum Performance {
        static let projectCode = "项目编码"
        static let projectName = "项目名称"
        static let scale = "预算规模及资金用途"
        static let budget = "预算数"
        static let fiscal = "其中：财政    资金"
        static let other = "其他资金"
        static let plan = "资金支出计划（%）"
        static let goal = "绩效目标"
        static let indicators = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
    }
}
