import Testing
import HuizongModel
import HuizongTestSupport
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

/// `AssetSummary.make` finds a unit's 资产总额 row as `AssetTable.row(containing:)` does
/// (labels compared without whitespace, the first match), reading the rows in place.
@Suite struct AssetSummaryTotalTests {
    @Test func assetTotalIsTheRowContainingTheLabel() throws {
        let seed = Seed.budget
        let rows = try #require(seed.assets?.rows)
        let at = try #require(rows.firstIndex { $0.label.removingWhitespace.contains("资产总额") })
        var spaced = seed, renamed = seed, earlier = seed, missing = seed
        spaced.assets?.rows[at].label = " 资 产\u{3000}总额 "
        renamed.assets?.rows[at].label = "资产合计"
        earlier.assets?.rows[at == 0 ? 1 : 0].label = "其中：资产总额（另列）"
        earlier.assets?.rows[at == 0 ? 1 : 0].amounts = [Amount("1.23")]
        missing.assets = nil
        let budgets = [seed, spaced, renamed, earlier, missing]
        let summary = AssetSummary.make(units: budgets, consolidated: nil, threads: 2)
        for (budget, unit) in zip(budgets, summary.units) {
            #expect(unit.assetTotal == (budget.assets?.row(containing: "资产总额")?.amounts.first ?? nil))
        }
        #expect(summary.units[0].assetTotal != nil && summary.units[1].assetTotal == summary.units[0].assetTotal)
        #expect(summary.units[2].assetTotal == nil && summary.units[4].assetTotal == nil)
    }
}
