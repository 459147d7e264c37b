import HuizongModel

/// A label the template prints in a fixed place, with its comparison key computed once.
///
/// Cells are compared with it byte by byte. Keys are `String`s to the rest of the
/// engine, and `String` comparison also equates canonically equivalent text (a CJK
/// compatibility ideograph such as U+F90A equals 金) and matches prefixes and suffixes
/// only at character boundaries; in the rare cases where that can decide differently,
/// the comparison is made on `String`s. A class, so passing a label around copies
/// nothing.
final class TemplateLabel: Sendable {
    /// The label as the template prints it (used in messages).
    let text: String
    /// Its comparison key (see ``LabelKey``).
    let key: LabelKey
    /// The key as a `String`.
    let keyString: String
    /// Whether the key starts with a CJK ideograph of U+4000…U+9FFF (lead byte E4…E9),
    /// which `String` never joins to the scalar before it unless that one is a Prepend
    /// scalar: then a key ending in this key bytewise ends in it read as `String` too.
    private let startsWithIdeograph: Bool

    init(_ text: String) {
        self.text = text
        self.key = LabelKey(text)
        self.keyString = TitleMatcher.key(text)
        self.startsWithIdeograph = key.bytes.first.map { $0 >= 0xE4 && $0 <= 0xE9 } ?? false
    }

    /// Whether the cell's key equals this label's key.
    func matches(_ cell: Cell, in text: SourceText) -> Bool {
        if key.matches(cell, in: text) { return true }
        guard LabelKey.hasCompatibilityIdeograph(cell, in: text) else { return false }
        return TitleMatcher.key(text.string(cell)) == keyString
    }

    /// Whether the cell's key starts with this label's key.
    func isPrefix(of cell: Cell, in text: SourceText) -> Bool {
        guard key.isPrefix(of: cell, in: text) || LabelKey.hasCompatibilityIdeograph(cell, in: text) else { return false }
        return TitleMatcher.key(text.string(cell)).hasPrefix(keyString)
    }

    /// Whether the cell's key ends with this label's key.
    func isSuffix(of cell: Cell, in text: SourceText) -> Bool {
        let endsBytewise = key.isSuffix(of: cell, in: text)
        let hasCompatibilityIdeograph = LabelKey.hasCompatibilityIdeograph(cell, in: text)
        guard endsBytewise || hasCompatibilityIdeograph else { return false }
        // `String` suffix comparison also needs a character boundary before the suffix,
        // which only a Prepend scalar before it can take away (see `startsWithIdeograph`).
        if endsBytewise && !hasCompatibilityIdeograph && startsWithIdeograph
            && !LabelKey.mayHoldPrependScalar(cell, in: text) {
            return true
        }
        return TitleMatcher.key(text.string(cell)).hasSuffix(keyString)
    }
}

/// The labels the reader compares cells with.
enum TemplateLabels {
    /// The first cell of the 栏次 row of T1…T9.
    static let columnNumbers = TemplateLabel("栏次")
    /// The total row of a classified table or of the procurement table.
    static let total = TemplateLabel("合计")
    /// The end of a procurement subtotal row's name.
    static let subtotal = TemplateLabel("小计")
    /// The last column header of the procurement table.
    static let procurementHeaderEnd = TemplateLabel("上年结转结余")
    /// The start of the last column header of the fixed-asset table.
    static let assetValue = TemplateLabel("价值")

    /// 绩效目标表's labels, in one global: the compiler checks that it is made (a
    /// `swift_once` call) once for all the reads of one function, where a global for each
    /// label cost a check for each (eleven a table). Its fields are read from the global
    /// in place: a local copy retained and released each label (an atomic count on an
    /// object every thread shares).
    static let performance = PerformanceLabels()
}

/// The labels of a 绩效目标表, in the order the table prints them.
struct PerformanceLabels: Sendable {
    /// The label cells before the budget figures.
    let projectCode = TemplateLabel("项目编码")
    let projectName = TemplateLabel("项目名称")
    let budgetScale = TemplateLabel("预算规模及资金用途")
    let budgetAmount = TemplateLabel("预算数")
    let fiscalFunds = TemplateLabel("其中：财政资金")
    let otherFunds = TemplateLabel("其他资金")
    let spendingPlan = TemplateLabel("资金支出计划（%）")
    /// The quarter labels of the spending plan (``PerformanceTable/planLabels``).
    let plan = PerformanceTable.planLabels.map(TemplateLabel.init)
    let goal = TemplateLabel("绩效目标")
    /// The header of the indicator rows.
    let indicatorHeader = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
        .map(TemplateLabel.init)
}
