import HuizongModel

/// The 类 of the 2025 支出功能分类科目 in the order T1 and T4 print them, with their
/// ordinal labels (`八、社会保障和就业支出`); T1/T4 add `三十一、人行科目` after them.
enum ExpenditureCategories {
    /// (code, name) in printed order (shared with the rules: ``FunctionCategories``).
    static let list = FunctionCategories.list

    /// The 31st expenditure line of T1/T4, which has no function code.
    static let trailingLabel = FunctionCategories.trailingBalanceLabel

    /// The 31 expenditure labels of T1/T4 with their ordinals, and the 类 code of each
    /// (nil for 人行科目).
    static let balanceLines: [(label: String, code: String?)] = {
        var lines = list.enumerated().map { (ChineseNumerals.ordinal($0.offset + 1) + "、" + $0.element.name, Optional($0.element.code)) }
        lines.append((ChineseNumerals.ordinal(lines.count + 1) + "、" + trailingLabel, nil))
        return lines
    }()
}
