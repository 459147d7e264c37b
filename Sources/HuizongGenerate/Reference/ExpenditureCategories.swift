/// The 类 of the 2025 支出功能分类科目 in the order T1 and T4 print them, with their
/// ordinal labels (`八、社会保障和就业支出`); T1/T4 add `三十一、人行科目` after them.
enum ExpenditureCategories {
    /// (code, name) in printed order.
    static let list: [(code: String, name: String)] = [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
        ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"),
        ("208", "社会保障和就业支出"), ("209", "社会保险基金支出"), ("210", "卫生健康支出"),
        ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"),
        ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"),
        ("227", "预备费"), ("229", "其他支出"), ("230", "转移性支出"), ("231", "债务还本支出"),
        ("232", "债务付息支出"), ("233", "债务发行费用支出"), ("234", "抗疫特别国债安排的支出"),
    ]

    /// The 31st expenditure line of T1/T4, which has no function code.
    static let trailingLabel = "人行科目"

    /// The 31 expenditure labels of T1/T4 with their ordinals, and the 类 code of each
    /// (nil for 人行科目).
    static let balanceLines: [(label: String, code: String?)] = {
        var lines = list.enumerated().map { (ChineseNumerals.ordinal($0.offset + 1) + "、" + $0.element.name, Optional($0.element.code)) }
        lines.append((ChineseNumerals.ordinal(lines.count + 1) + "、" + trailingLabel, nil))
        return lines
    }()
}
