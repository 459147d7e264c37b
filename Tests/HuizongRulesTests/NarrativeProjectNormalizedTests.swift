import Testing
@testable import HuizongModel
@testable import HuizongRules

/// ``NarrativeProjectMatch/normalized(_:)``'s one-pass ``NarrativeProjectMatch/isPlain(_:)``
/// agrees with the two exact tests it stands in for, on every kind of scalar it decides itself
/// and on those it hands over.
@Suite struct NarrativeProjectNormalizedTests {
    /// Pieces mixed into names: plain ones and ones holding whitespace or a bracket.
    static let pieces = [
        "改制企业", "RY98", "，", "：", "、", "。", "《通知》", "~\u{7F}",
        "（", "）", "［", "］", "〔", "〕", "【", "】", "(", "]",
        " ", "\t", "\n", "\u{3000}", "\u{00A0}", "\u{0085}", "\u{2002}", "\u{200A}", "\u{2028}",
        "\u{202F}", "\u{205F}", "\u{1680}", "é", "\u{2003}", "€", "😀", "〇", "\u{3001}",
    ]

    @Test func isPlainAgreesWithTheTwoExactTests() {
        let pieces = Self.pieces
        var texts = [""] + pieces
        for a in pieces { for b in pieces { texts.append("项目" + a + b + "资金") } }
        for a in pieces { for b in pieces { texts.append(a + "经费" + b) } }
        for text in texts {
            let expected = StructureText.withBytes(text) { !StructureText.hasWhitespace($0) && !NarrativeProjectMatch.hasBrackets($0) }
            let plain = StructureText.withBytes(text) { NarrativeProjectMatch.isPlain($0) }
            #expect(plain == expected, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func normalizedRemovesWhitespaceAndMakesBracketsASCII() {
        #expect(NarrativeProjectMatch.normalized("改制企业人员费用(RY)") == "改制企业人员费用(RY)")
        #expect(NarrativeProjectMatch.normalized("改制企业人员费用（RY）") == "改制企业人员费用(RY)")
        #expect(NarrativeProjectMatch.normalized("秦财企〔2024〕632号") == "秦财企[2024]632号")
        #expect(NarrativeProjectMatch.normalized("秦财企【2024】632号，资金") == "秦财企[2024]632号，资金")
        #expect(NarrativeProjectMatch.normalized("项目　名称") == "项目名称")
        #expect(NarrativeProjectMatch.normalized("项目 名称、经费") == "项目名称、经费")
        #expect(NarrativeProjectMatch.normalized("项目\u{00A0}名称") == "项目名称")
        #expect(NarrativeProjectMatch.normalized("项目\u{2003}名称") == "项目名称")
    }
}
