import HuizongModel

/// Recognising the numbered headings of the narrative (`四、财政拨款“三公”经费预算情况…`,
/// `3、比上年增减情况`) and the subject a bare change figure in their section refers to.
enum NarrativeHeading {
    /// Headings are short; a longer paragraph is text even when it starts with a number.
    static let maximumLength = 60

    private static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
    private static let enumeratorEnds: Set<Unicode.Scalar> = ["、", ".", "．", "）", ")", "，"]

    /// Section keywords in order of precedence (a 三公 heading that also says 增减变化 is
    /// a 三公 section).
    private static let sections: [([UInt8], ClaimSubject)] = ([
        ("三公", .threePublic), ("机关运行经费", .operatingCosts),
        ("增减", .totalBudget), ("比上年", .totalBudget), ("较上年", .totalBudget), ("变化", .totalBudget),
        ("收支", .totalBudget), ("收入", .totalIncome), ("支出", .totalExpenditure),
        ("固定资产", .fixedAssets), ("国有资产", .fixedAssets),
    ] as [(String, ClaimSubject)]).map { (Array($0.0.utf8), $0.1) }

    /// True when `text` (UTF-8, already known to quote no figure) is a numbered heading:
    /// `四、…`, `3、…`, `2.…`, `（一）…`, `(1)…`, `第一部分…`, at most ``maximumLength``
    /// characters.
    static func isHeading(_ text: [UInt8]) -> Bool {
        let trimmed = text[text.whitespaceTrimmedRange]
        guard !trimmed.isEmpty, trimmed.count <= maximumLength * 4, trimmed.scalarCount <= maximumLength else { return false }
        let words = Array(trimmed.string.unicodeScalars)
        var index = 0
        if words[0] == "第" {
            index = 1
            let start = index
            while index < words.count && isNumeral(words[index]) { index += 1 }
            return index > start && index < words.count
                && (words[index] == "部" || words[index] == "章" || words[index] == "节" || words[index] == "条")
        }
        let opened = words[0] == "(" || words[0] == "（"
        if opened { index = 1 }
        let start = index
        while index < words.count && isNumeral(words[index]) && index - start < 3 {
            index += 1
        }
        guard index > start, index < words.count else { return false }
        if opened { return words[index] == ")" || words[index] == "）" }
        return enumeratorEnds.contains(words[index])
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        chineseNumerals.contains(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }

    /// The subject bare changes in the section under `heading` (UTF-8) refer to, or `nil`.
    static func sectionSubject(_ heading: [UInt8]) -> ClaimSubject? {
        let words = ClaimLabel.normalised(heading[...])
        for (keyword, subject) in sections where words.contains(bytes: keyword, in: 0..<words.count) {
            return subject
        }
        return nil
    }
}
