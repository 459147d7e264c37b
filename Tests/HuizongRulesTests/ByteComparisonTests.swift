import Testing
import HuizongModel
@testable import HuizongRules

/// The byte-level shortcuts the rules take agree with the `String` operations they replace.
@Suite struct ByteComparisonTests {
    /// Texts that differ or agree only under canonical equivalence, and plain ones.
    static let texts = [
        "公用经费一", "公用经费二", "公用经费一 ", "A01（办公）", "A01(办公)", "cafe\u{301}", "caf\u{E9}",
        "\u{F900}", "\u{8C48}", "か\u{3099}", "が", "「项目」、。", "", "ABC123",
    ]

    @Test func stableTextAgreesWithStringEquality() {
        for a in Self.texts {
            for b in Self.texts {
                #expect(StableText.equal(a, StableText.isStable(a), b, StableText.isStable(b)) == (a == b), "\(a) vs \(b)")
            }
        }
        #expect(StableText.isStable("公用经费（一）、ABC"))
        #expect(!StableText.isStable("\u{F900}"))   // CJK compatibility ideograph: decomposes
        #expect(!StableText.isStable("か\u{3099}")) // combining voiced mark
    }

    @Test func fixedAssetCodesMatchTheGeneralPath() {
        for code in ["A02010104", "a0201", "A05010201", "A0502", "A 01", "Ａ01", "B01", "", "A0"] {
            let key = code.removingWhitespace.uppercased()
            let expected = ProcurementFixedAssetCodes.prefixes.contains { key.hasPrefix($0) }
            #expect(ProcurementFixedAssetCodes.isFixedAsset(code) == expected, "\(code)")
        }
    }

    @Test func categoryNameKeysNeverRuleOutTheSameCategory() {
        let pairs = [("八、社会保障和就业支出", "社会保障和就业支出"), ("二十二、国有资本经营预算支出", "国有资本经营预算支出"),
                     ("八、 社会保障和就业支出", "社会保障和就业支出"), ("卫生健康支出", "十、卫生健康支出")]
        for (a, b) in pairs {
            #expect(a.sameName(ignoringOrdinal: b))
            #expect(BalanceLineIndex.NameKey(a).mayMatch(BalanceLineIndex.NameKey(b)))
        }
        #expect(!BalanceLineIndex.NameKey("八、社会保障和就业支出").mayMatch(BalanceLineIndex.NameKey("卫生健康支出")))
    }
}
