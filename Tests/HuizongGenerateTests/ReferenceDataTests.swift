import Testing
import HuizongModel
import HuizongParse
@testable import HuizongGenerate

/// The reference tables are consistent with each other and with the claim extractor.
@Suite struct GeneratorReferenceDataTests {
    @Test func everyProjectThemeIsReadAsANamedProject() {
        let names = ProjectThemes.sets.values.flatMap { $0.map(\.name) }
        for name in Set(names) {
            let text = "2025年支出预算100.00万元，其中基本支出40.00万元；项目支出60.00万元，主要为\(name)12.5万元，其他项目47.5万元。"
            let claims = ClaimExtractor.claims(inParagraphs: [(text, .none)])
            let claim = claims.first { $0.amount == Amount("12.50") }
            #expect(claim?.subject == .project && claim?.name == name && claim?.change == .level, "\(name)")
        }
    }

    @Test func everyCodeTheCatalogueUsesIsAFunctionCode() {
        for department in DepartmentCatalogue.all {
            #expect(FunctionCodes.names[department.section + "01"] != nil, "\(department.office.name)")
            for unit in department.subordinates {
                let item = unit.mainItem.hasPrefix("{S}") ? department.section + unit.mainItem.dropFirst(3) : unit.mainItem
                #expect(FunctionCodes.names[item] != nil, "\(unit.name) \(item)")
                for key in unit.themes { #expect(ProjectThemes.sets[key] != nil, "\(unit.name) \(key)") }
            }
            for key in department.office.themes { #expect(ProjectThemes.sets[key] != nil, "\(department.office.name) \(key)") }
        }
        for (_, themes) in ProjectThemes.sets {
            for theme in themes where !theme.item.hasPrefix("{") {
                #expect(FunctionCodes.names[theme.item] != nil, "\(theme.name) \(theme.item)")
            }
            for theme in themes { for key in theme.purchases { #expect(ProcurementCatalogue.items[key] != nil) } }
            // Fund and function code agree: 政府性基金 only on fund 款, 国有资本经营 only on 223.
            for theme in themes where !theme.item.hasPrefix("{") {
                let fundSection = FunctionCodes.governmentFundSections.contains(String(theme.item.prefix(5)))
                #expect(fundSection == (theme.fund == .governmentFund), "\(theme.name)")
                #expect(theme.item.hasPrefix(FunctionCodes.stateCapitalCategory) == (theme.fund == .stateCapital), "\(theme.name)")
            }
        }
        for (code, _) in EconomicCodes.list { #expect(code.count == 3 || code.count == 5) }
    }

    @Test func chineseNumeralsAndRandomStreams() {
        #expect(ChineseNumerals.ordinal(1) == "一")
        #expect(ChineseNumerals.ordinal(12) == "十二")
        #expect(ChineseNumerals.ordinal(31) == "三十一")
        #expect(ChineseNumerals.ordinal(102) == "一百零二")
        var a = SplitMix64(seed: 1, stream: 323001), b = SplitMix64(seed: 1, stream: 323001)
        #expect(a.next() == b.next())
        var c = SplitMix64(seed: 1, stream: 323002)
        #expect(a.next() != c.next())
    }
}
