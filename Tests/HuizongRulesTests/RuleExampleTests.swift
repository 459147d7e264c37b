import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongTestSupport
@testable import HuizongRules

/// The examples are the tests: every rule's passing and failing examples run here.
@Suite struct RuleExampleTests {
    static let ids = RuleCatalogue.all.map { $0.description.id }

    @Test(arguments: ids)
    func rule(_ id: String) throws {
        let rule = try #require(RuleCatalogue.rule(id))
        let description = rule.description
        let passing = description.examples.filter { $0.expectation == .passes }
        let failing = description.examples.filter { $0.expectation == .fails }
        #expect(!passing.isEmpty, "\(id) has no passing example")
        #expect(!failing.isEmpty, "\(id) has no failing example")
        let checker = Checker(rules: [rule])
        for example in description.examples {
            var budget = Seed.budget
            example.change(&budget)
            let report = checker.check(budget)
            let serious = report.findings(atLeast: .warning)
            switch example.expectation {
            case .passes:
                #expect(serious.isEmpty, "\(id) should pass on “\(example.note)” but found: \(serious.map(\.message))")
                #expect(report.ledger.first?.status != .failed)
            case .fails:
                #expect(!serious.isEmpty, "\(id) should fail on “\(example.note)”")
                #expect(report.ledger.first?.status == .failed)
                for finding in serious { #expect(finding.ruleID == id); #expect(!finding.message.isEmpty) }
            }
        }
    }

    @Test func seedHasNoFindingAboveInfo() {
        let report = Checker().check(Seed.budget)
        #expect(report.findings(atLeast: .warning).map(\.message) == [])
        #expect(report.count(.failed) == 0)
    }

    @Test(arguments: ["pipe", "crlf", "gb18030"])
    func layoutVariantsAreAsCleanAsTheSeed(_ name: String) throws {
        let bytes: [UInt8] = switch name {
        case "pipe": Array(LayoutVariants.pipe(Seed.text).utf8)
        case "crlf": Array(LayoutVariants.crlf(Seed.text).utf8)
        default: LayoutVariants.gb18030(Seed.text)
        }
        let budget = try #require(BudgetReader.read(bytes: bytes, fileName: name).budget)
        #expect(Checker().check(budget).findings(atLeast: .warning).map(\.message) == [])
    }
}

/// The catalogue itself: ids, texts, registry.
@Suite struct RuleCatalogueTests {
    @Test func idsAreUniqueSnakeCaseAndSorted() {
        let ids = RuleCatalogue.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for id in ids {
            #expect(id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }, "\(id)")
        }
    }

    @Test func everyRuleHasTextsInBothLanguages() {
        for rule in RuleCatalogue.all {
            let d = rule.description
            #expect(!d.summary.isEmpty && !d.summaryEnglish.isEmpty && !d.rationale.isEmpty && !d.rationaleEnglish.isEmpty, "\(d.id)")
        }
    }

    /// Every `*Rule.swift` file of the catalogue declares a rule that is registered exactly once.
    @Test func everyRuleFileIsRegisteredOnce() throws {
        let root = Seed.packageRoot.appendingPathComponent("Sources/HuizongRules/Rules")
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix("Rule.swift") }
        let typeNames = Set(files.map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "") })
        let registered = RuleRegistry.rules.map { String(describing: $0) }
        #expect(Set(registered) == typeNames)
        #expect(registered.count == Set(registered).count)
    }
}
