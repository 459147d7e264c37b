import Testing
import HuizongModel
@testable import HuizongRollup

/// ``ProcurementSummary/leadingCharacter(_:)`` lets the available-funds search skip the
/// whitespace-skipping comparisons for labels that lead with another character: it must
/// never turn away a label that the comparison accepts.
@Suite struct LeadingCharacterTests {
    static let spaces = ["", " ", "\u{3000}", "\t", "\u{A0}", "\u{2003}", " \u{3000} ", "\u{3000}\u{3000}"]
    static let bodies = ["四、财政专户管理资金收入", "四 、财政专户", "五、单位资金收入", "五、", "本年收入合计", "本 年收入 合计",
                         "本年收入", "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "四", "五", "本", "四五",
                         "", "a", "ab", "4、", "四\u{3000}、单位", "上年结转结余", "支出总计", "本年支出合计"]

    @Test func leadTellsEveryMatch() {
        for space in Self.spaces {
            for body in Self.bodies {
                let label = space + body
                let lead = ProcurementSummary.leadingCharacter(label)
                if label.hasPrefixIgnoringWhitespace("四、") { #expect(lead == ProcurementSummary.LeadingCharacter.si, "\(label)") }
                if label.hasPrefixIgnoringWhitespace("五、") { #expect(lead == ProcurementSummary.LeadingCharacter.wu, "\(label)") }
                if label.equalsIgnoringWhitespace("本年收入合计") { #expect(lead == ProcurementSummary.LeadingCharacter.ben, "\(label)") }
            }
        }
    }

    @Test func leadIsTheFirstCharactersBytes() {
        #expect(ProcurementSummary.leadingCharacter("四、") == ProcurementSummary.LeadingCharacter.si)
        #expect(ProcurementSummary.leadingCharacter("\u{3000} 五") == ProcurementSummary.LeadingCharacter.wu)
        #expect(ProcurementSummary.leadingCharacter("本年收入合计") == ProcurementSummary.LeadingCharacter.ben)
        #expect(ProcurementSummary.leadingCharacter("   ") == 0)
        #expect(ProcurementSummary.leadingCharacter("") == 0)
        #expect(ProcurementSummary.leadingCharacter(" ab") == 0x61_62)
    }

    /// The funds found with the lead test are those found without it.
    @Test func availableFundsFindsTheSpecialAndUnitLines() {
        var budget = Budget(code: "301001", name: "单位", year: 2025)
        let labels = ["一、一般公共预算拨款收入", "\u{3000}四 、财政专户管理资金收入", "五、单位资金收入", "本 年收入合计", "四、不计"]
        budget.t1 = BalanceTable(header: TableHeader(scope: .unit, unitCode: "301001", unitName: "单位", budgetYear: 2025, currency: "万元"),
                                 lines: labels.indices.map { index in
                                     BalanceLine(number: index + 1, incomeItem: labels[index], income: [Amount(fen: Int64(index + 1) * 10_000)],
                                                 expenditureItem: "", expenditure: [nil])
                                 })
        let funds = ProcurementSummary.availableFunds(budget)
        #expect(funds[4] == Amount(fen: 20_000))
        #expect(funds[5] == Amount(fen: 30_000))
    }
}
