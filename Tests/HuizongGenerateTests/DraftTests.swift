import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongGenerate

/// Drafts change a share of the units consistently and copy the rest byte for byte.
@Suite struct GeneratorDraftTests {
    static func files(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".txt") {
            out[name] = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name))
        }
        return out
    }

    @Test func draftChangesAboutTheRateAndCopiesTheRest() throws {
        let first = SmallDistrict.temporaryDirectory("draft1"), second = SmallDistrict.temporaryDirectory("draft2")
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        _ = try DistrictJob.run(GenerateRequest(output: first, parameters: SmallDistrict.parameters, includeFiles: [Seed.path]))
        let summary = try DistrictJob.run(GenerateRequest(output: second, parameters: SmallDistrict.parameters, draftOf: first,
                                                          changeRate: 0.25))
        #expect(summary.manifest.draft == 2)
        #expect(summary.changed.count == 3)  // 0.25 × 12 generated units
        let before = try Self.files(first), after = try Self.files(second)
        #expect(before.count == 13 && after.count == 13)
        #expect(before["323003-2025.txt"] == FileManager.default.contents(atPath: Seed.path))
        for (name, data) in before {
            let code = String(name.prefix(6))
            if summary.changed[code] != nil {
                #expect(after[name] != data, "\(name) should have changed")
                let budget = try #require(BudgetReader.read(bytes: [UInt8](after[name]!), fileName: name).budget)
                let findings = Checker().check(budget).findings(atLeast: .warning)
                #expect(findings.isEmpty, "\(name): \(findings.prefix(3).map(\.message))")
            } else {
                #expect(after[name] == data, "\(name) should be copied byte for byte")
            }
        }
        let changes = try String(contentsOfFile: (second as NSString).appendingPathComponent("changes.csv"), encoding: .utf8)
        #expect(changes.split(separator: "\n").count == 4)
        #expect(FileManager.default.contents(atPath: (second as NSString).appendingPathComponent("hierarchy.csv"))
                == FileManager.default.contents(atPath: (first as NSString).appendingPathComponent("hierarchy.csv")))
    }

    @Test func bothKindsOfChangeKeepEveryRelation() throws {
        var rng = SplitMix64(seed: 3)
        var kinds: Set<String> = []
        for unit in SmallDistrict.units {
            let content = ContentBuilder.content(unit.spec, plan: SmallDistrict.generator.plan)
            for _ in 0..<4 {
                guard let change = DraftPlanner.change(content, rng: &rng) else { continue }
                switch change {
                case .projectBudget: kinds.insert("budget")
                case .reclassification: kinds.insert("reclassification")
                }
                let changed = SmallDistrict.generator.unit(unit.spec, changes: [change])
                #expect(changed.text != unit.text)
                let budget = try #require(BudgetReader.read(text: changed.text).budget)
                let findings = Checker().check(budget).findings(atLeast: .warning)
                #expect(findings.isEmpty, "\(unit.fileName) \(change): \(findings.prefix(3).map(\.message))")
                #expect(budget.narrative?.claims.map(IntendedClaim.init) == changed.intendedClaims)
            }
        }
        #expect(kinds == ["budget", "reclassification"])
    }

    @Test func aDraftOfADraftAccumulatesChanges() throws {
        let first = SmallDistrict.temporaryDirectory("d1"), second = SmallDistrict.temporaryDirectory("d2")
        let third = SmallDistrict.temporaryDirectory("d3")
        defer { for path in [first, second, third] { try? FileManager.default.removeItem(atPath: path) } }
        _ = try DistrictJob.run(GenerateRequest(output: first, parameters: SmallDistrict.parameters))
        _ = try DistrictJob.run(GenerateRequest(output: second, parameters: SmallDistrict.parameters, draftOf: first, changeRate: 0.2))
        let summary = try DistrictJob.run(GenerateRequest(output: third, parameters: SmallDistrict.parameters, draftOf: second,
                                                          changeRate: 0.2))
        #expect(summary.manifest.draft == 3)
        let total = summary.manifest.changes.values.map(\.count).reduce(0, +)
        #expect(total == 4)  // 2 + 2 changes over two drafts (0.2 × 12, rounded)
        let after = try Self.files(third)
        for (name, data) in after {
            let code = String(name.prefix(6))
            let expected = SmallDistrict.generator.unit(code: code, changes: summary.manifest.changes[code] ?? [])
            #expect(expected.map { Data($0.text.utf8) } == data, "\(name)")
        }
    }
}
