import Testing
@testable import HuizongRollup

/// `AssetSummary.isFixedAsset` tests the code's bytes in place: it must agree with
/// "starts with one of `fixedAssetCatalogPrefixes`" for every code.
@Suite struct AssetSummaryTests {
    @Test func fixedAssetTestAgreesWithThePrefixList() {
        var codes = ["", "A", "A0", "A00", "A01", "A04", "A05", "A050", "A0501", "A0502", "A05011", "A1",
                     "B01", "a01", "A01\u{0}", "\u{0}A01", "Ａ01", "A0５01", "采购A01", "A01采购", " A01"]
        for first in ["A", "B"] {
            for second in 0...9 { for third in 0...9 { codes.append("\(first)\(second)\(third)"); codes.append("A\(second)\(third)01") } }
        }
        for code in codes {
            let expected = AssetSummary.fixedAssetCatalogPrefixes.contains { Array(code.utf8).starts(with: Array($0.utf8)) }
            #expect(AssetSummary.isFixedAsset(code) == expected, "\(code.debugDescription)")
        }
    }
}
