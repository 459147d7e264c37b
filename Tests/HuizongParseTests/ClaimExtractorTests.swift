import Foundation
import Testing
@testable import HuizongParse
import HuizongModel

private typealias Location = HuizongModel.SourceLocation

/// The seed unit budget `data/units/323003-2025.txt`, found from the package root above
/// this file's path (else `/work/main`).
private func seedText() throws -> String {
    var root = URL(fileURLWithPath: #filePath)
    while root.path != "/" {
        root.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) { break }
    }
    for base in [root.path, "/work/main"] {
        let path = base + "/data/units/323003-2025.txt"
        if FileManager.default.fileExists(atPath: path) { return try String(contentsOfFile: path, encoding: .utf8) }
    }
    throw CocoaError(.fileNoSuchFile)
}

/// The narrative paragraphs of the seed: lines 1573…2575 that are not table cells
/// (no leading TAB) and not blank.
private func seedParagraphs() throws -> [(String, Location)] {
    let lines = try seedText().split(separator: "\n", omittingEmptySubsequences: false)
    var paragraphs: [(String, Location)] = []
    for number in 1573...min(2575, lines.count) {
        var line = String(lines[number - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        if line.hasPrefix("\t") || line.trimmingAllWhitespace.isEmpty { continue }
        paragraphs.append((line, Location(line: number)))
    }
    return paragraphs
}

private func claims(_ text: String) -> [NarrativeClaim] {
    var extractor = ClaimExtractor()
    return extractor.claims(in: text, source: Location(line: 7))
}

@Suite struct ClaimExtractorTests {
    // MARK: The seed

    @Test func seedNarrativeGivesEveryExpectedClaim() throws {
        let found = ClaimExtractor.claims(inParagraphs: try seedParagraphs())
        typealias Expected = (ClaimSubject, ClaimChange, String, String)  // subject, change, amount, name
        let expected: [Expected] = [
            (.totalIncome, .level, "2488.09", ""),
            (.generalBudgetIncome, .level, "1047.65", ""),
            (.fundBudgetIncome, .level, "0.00", ""),
            (.stateCapitalIncome, .level, "758.00", ""),
            (.specialAccountIncome, .level, "0.00", ""),
            (.unitFundsIncome, .level, "0.00", ""),
            (.carriedForward, .level, "682.44", ""),
            (.totalExpenditure, .level, "2488.09", ""),
            (.basicExpenditure, .level, "916.65", ""),
            (.personnelExpenditure, .level, "896.10", ""),
            (.publicExpenditure, .level, "20.55", ""),
            (.projectExpenditure, .level, "1571.44", ""),
            (.project, .level, "98", "改制企业人员费用(RY)"),
            (.project, .level, "30", "企业养老保险社会化管理服务费"),
            (.project, .level, "1435.44", "国有企业退休人员社会化管理上级财政补助资金"),
            (.project, .level, "5", "城乡居民社会保险代办员补助资金"),
            (.project, .level, "3", "养老保险各险种经办业务费"),
            (.totalBudget, .level, "2488.09", ""),
            (.totalBudget, .decrease, "185.23", ""),
            (.basicExpenditure, .increase, "166.33", ""),
            (.personnelExpenditure, .increase, "171.98", ""),
            (.publicExpenditure, .decrease, "5.65", ""),
            (.projectExpenditure, .decrease, "351.56", ""),
            (.operatingCosts, .level, "20.55", ""),
            (.threePublic, .level, "0.15", ""),
            (.travelAbroad, .level, "0.00", ""),
            (.officialVehicles, .level, "0.00", ""),
            (.vehiclePurchase, .level, "0.00", ""),
            (.vehicleOperation, .level, "0.00", ""),
            (.reception, .level, "0.15", ""),
            (.threePublic, .decrease, "0.19", ""),
            (.fixedAssets, .level, "83.46", ""),
            (.plannedAssetPurchases, .level, "0.00", ""),
        ]
        #expect(found.count == expected.count)
        for (index, want) in expected.enumerated() where index < found.count {
            let claim = found[index]
            #expect(claim.subject == want.0, "claim \(index): \(claim.label) \(claim.printed)")
            #expect(claim.change == want.1, "claim \(index): \(claim.label) \(claim.printed)")
            #expect(claim.amount == Amount(want.2), "claim \(index): \(claim.label) \(claim.printed)")
            #expect(claim.name == want.3, "claim \(index): \(claim.label) \(claim.printed)")
            #expect(claim.unit == .wanYuan)
        }
        #expect(!found.contains { $0.subject == .unrecognised })
    }

    @Test func seedClaimsKeepPrintedTextLabelsAndLines() throws {
        let found = ClaimExtractor.claims(inParagraphs: try seedParagraphs())
        let projects = found.filter { $0.subject == .project }
        #expect(projects.map(\.printed) == ["98", "30", "1435.44", "5", "3"])
        #expect(projects.map(\.amount).sum() == Amount("1571.44"))
        let income = try #require(found.first)
        #expect(income.printed == "2488.09")
        #expect(income.label == "预算收入")
        #expect(income.source.line == 1594)
        #expect(found.first(where: { $0.subject == .generalBudgetIncome })?.label == "一般公共预算收入")
        #expect(found.first(where: { $0.subject == .operatingCosts })?.label == "机关运行经费")
        #expect(found.first(where: { $0.subject == .threePublic })?.label == "财政拨款“三公”经费")
        #expect(found.first(where: { $0.subject == .vehiclePurchase })?.label == "公务用车购置费")
        #expect(found.first(where: { $0.subject == .travelAbroad })?.label == "因公出国（境）费")
        #expect(found.first(where: { $0.subject == .personnelExpenditure && $0.change == .level })?.label == "人员经费")
        #expect(found.first(where: { $0.subject == .publicExpenditure && $0.change == .level })?.label == "日常公用经费")
        #expect(found.first(where: { $0.subject == .plannedAssetPurchases })?.label == "拟购置固定资产总额")
        #expect(found.first(where: { $0.subject == .threePublic && $0.change == .decrease })?.source.line == 1602)
    }

    @Test func seedChangesAddUp() throws {
        let found = ClaimExtractor.claims(inParagraphs: try seedParagraphs())
        func change(_ subject: ClaimSubject) -> Amount? {
            found.first(where: { $0.subject == subject && $0.change != .level })?.signedAmount
        }
        let basic = try #require(change(.basicExpenditure)), project = try #require(change(.projectExpenditure))
        #expect(basic + project == change(.totalBudget))
        #expect(try #require(change(.personnelExpenditure)) + #require(change(.publicExpenditure)) == basic)
    }

    @Test func glossaryGivesNoClaims() throws {
        let glossary = try seedParagraphs().filter { $0.1.line >= 2563 }
        #expect(!glossary.isEmpty)
        #expect(ClaimExtractor.claims(inParagraphs: glossary).isEmpty)
    }

    // MARK: Sentences

    @Test func departmentStyleIncome() {
        let found = claims("2025年预算收入12345.67万元。")
        #expect(found.count == 1)
        #expect(found.first?.subject == .totalIncome)
        #expect(found.first?.change == .level)
        #expect(found.first?.amount == Amount("12345.67"))
        #expect(found.first?.printed == "12345.67")
        #expect(found.first?.label == "预算收入")
        #expect(found.first?.source.line == 7)
    }

    @Test func increaseNamedAndBare() {
        let found = claims("2025年收支预算300.00万元，比上年增加12.50万元，其中：项目支出增长2.5万元。")
        #expect(found.count == 3)
        #expect(found.map(\.subject) == [.totalBudget, .totalBudget, .projectExpenditure])
        #expect(found.map(\.change) == [.level, .increase, .increase])
        #expect(found.map(\.signedAmount) == [Amount("300.00"), Amount("12.50"), Amount("2.5")])
    }

    @Test func bareChangeTakesTheSectionOfItsHeading() {
        var extractor = ClaimExtractor()
        #expect(extractor.claims(in: "四、财政拨款“三公”经费预算情况及增减变化原因", source: .none).isEmpty)
        #expect(extractor.sectionSubject == .threePublic)
        let found = extractor.claims(in: "与2024年相比减少0.19万元，增减变化的主要原因是：公务接待费减少。", source: .none)
        #expect(found.count == 1)
        #expect(found.first?.subject == .threePublic)
        #expect(found.first?.change == .decrease)
        #expect(found.first?.signedAmount == -Amount("0.19"))

        #expect(extractor.claims(in: "3、比上年增减情况", source: .none).isEmpty)
        #expect(extractor.sectionSubject == .totalBudget)
        #expect(extractor.claims(in: "较2024年预算减少185.23万元。", source: .none).first?.subject == .totalBudget)

        #expect(extractor.claims(in: "八、名词解释", source: .none).isEmpty)
        #expect(extractor.sectionSubject == nil)
        #expect(extractor.claims(in: "较上年减少1.00万元。", source: .none).first?.subject == .unrecognised)
    }

    @Test func figureInYuan() {
        let found = claims("公务接待费1500元。")
        #expect(found.count == 1)
        #expect(found.first?.subject == .reception)
        #expect(found.first?.unit == .yuan)
        #expect(found.first?.amount == Amount(fen: 150_000))
        #expect(found.first?.amount == Amount("0.15"))
        #expect(found.first?.printed == "1500")
        #expect(claims("人均补助5680394.36元").first?.amount == Amount(fen: 568_039_436))
    }

    @Test func thresholdsAreNotClaims() {
        #expect(claims("单价在20万元以上的设备").isEmpty)
        #expect(claims("单价20万元（含）以上设备，5万元以下").isEmpty)
        let found = claims("单价20万元以上设备共计安排3.00万元")
        #expect(found.count == 1)
        #expect(found.first?.amount == Amount("3.00"))
        #expect(found.first?.label == "设备")
    }

    @Test func negativeFigureIsANegativeLevel() {
        for text in ["基本支出-0.01万元", "基本支出−0.01万元"] {
            let found = claims(text)
            #expect(found.count == 1)
            #expect(found.first?.subject == .basicExpenditure)
            #expect(found.first?.change == .level)
            #expect(found.first?.amount == -Amount("0.01"))
            #expect(found.first?.signedAmount == -Amount("0.01"))
        }
        #expect(claims("-0.01万元").first?.printed == "-0.01")
        #expect(claims("截止2024-12-31，资产5万元").first?.amount == Amount("5"))
    }

    @Test func numbersWithoutUnitAreNotFigures() {
        #expect(claims("秦财企[2023]649号-关于提前下达2024年资金预算的通知").isEmpty)
        #expect(claims("增长5%，完成率100").isEmpty)
        #expect(claims("人员经费1,047.65万元").first?.amount == Amount("1047.65"))
        #expect(claims("人员经费1,047.65万元").first?.printed == "1,047.65")
    }

    @Test func otherFiguresAreUnrecognisedWithTheirLabel() {
        let found = claims("其中：培训费2.00万元")
        #expect(found.first?.subject == .unrecognised)
        #expect(found.first?.label == "培训费")
        #expect(claims("一般公共预算支出10.00万元").first?.subject == .unrecognised)
    }

    @Test func robustness() {
        #expect(claims("").isEmpty)
        #expect(claims("我单位无其他需要说明的事项。").isEmpty)
        #expect(claims("预算收入2488").isEmpty)
        #expect(claims("预算收入2488.").isEmpty)
        #expect(claims("预算收入-").isEmpty)
        #expect(claims("万元").isEmpty)
        #expect(claims("2488.09万").isEmpty)
        #expect(claims("（（（）2万元").count == 1)
        #expect(claims("费用1.1234567万元").isEmpty)  // more decimals than 分 hold
        #expect(claims("99999999999999999999万元").isEmpty)
        #expect(ClaimExtractor.claims(inParagraphs: []).isEmpty)
    }
}
