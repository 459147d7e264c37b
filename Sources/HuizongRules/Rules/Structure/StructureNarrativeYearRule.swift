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

    /// The first four ASCII digits, not preceded by a digit, followed by 年 (E5 B9 B4):
    /// `…2025年单位预算…` → 2025. Reads the UTF-8 bytes without copying them.
    static func year(in text: String) -> Int? {
        var digits = 0, value = 0
        var pending: Int? = nil   // a four-digit number waiting for 年
        var nian = 0              // bytes of 年 matched after `pending`
        for byte in text.utf8 {
            if let number = pending {
                let expected: UInt8 = nian == 0 ? 0xE5 : nian == 1 ? 0xB9 : 0xB4
                if byte == expected {
                    nian += 1
                    if nian == 3 { return number }
                    continue
                }
                pending = nil; nian = 0
            }
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                value = digits <= 4 ? value * 10 + Int(byte - 0x30) : value
            } else {
                digits = 0; value = 0
                continue
            }
            if digits == 4 { pending = value } else if digits > 4 { pending = nil }
        }
        return nil
    }
}
