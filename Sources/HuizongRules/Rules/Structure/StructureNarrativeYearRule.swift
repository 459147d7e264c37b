import HuizongModel

/// The narrative title's year, when it states one, is the budget year of the headers.
struct StructureNarrativeYearRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_narrative_year", table: .narrative, severity: .warning,
        summary: "情况说明标题中的年度与各表预算年度一致",
        summaryEnglish: "The year in the narrative's title is the tables' budget year",
        rationale: "情况说明沿用上年文本时常忘记改年度；标题年度与表头不符时，说明文字可能整段未更新。",
        rationaleEnglish: "A narrative copied from last year often keeps the old year; a differing title year flags a stale text.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：标题 2025 年"),
            .passes("标题不写年度", { budget in budget.narrative?.title = "秦皇岛市海港区社会保险事业所单位预算信息公开情况说明" }),
            .fails("标题写 2024 年", { budget in budget.narrative?.title = "秦皇岛市海港区社会保险事业所2024年单位预算信息公开情况说明" }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let narrative = check.budget.narrative, let year = check.budget.year else { return }
        guard let stated = Self.year(in: narrative.title) else { return }
        check.passed()
        if stated != year {
            check.fail(.table(.narrative, line: narrative.source.line),
                       message: "情况说明标题“\(narrative.title)”写的是 \(stated) 年，各表预算年度为 \(year) 年")
        }
    }

    /// The first four ASCII digits followed by 年 (`…2025年单位预算…` → 2025).
    static func year(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        let nian: [UInt8] = Array("年".utf8)
        var index = 0
        while index + 4 + nian.count <= bytes.count {
            let digits = bytes[index..<index + 4]
            if digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
               index == 0 || !(bytes[index - 1] >= 0x30 && bytes[index - 1] <= 0x39),
               Array(bytes[index + 4..<index + 4 + nian.count]) == nian {
                return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            index += 1
        }
        return nil
    }
}
