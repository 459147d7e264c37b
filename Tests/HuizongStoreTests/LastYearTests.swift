import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongTestSupport
@testable import HuizongStore

/// When the store holds the previous year, the narrative's 比上年 claims are checked
/// against it (without it they are "not checked").
@Suite struct LastYearTests {
    /// The seed as last year's budget, with the figures its 比上年 claims imply:
    /// 收入总计 2488.09 + 185.23, 基本支出 916.65 − 166.33, 项目支出 1571.44 + 351.56,
    /// 人员经费 896.10 − 171.98, 公用经费 20.55 + 5.65, “三公” 0.15 + 0.19.
    static func lastYear(adjust: Bool = true) -> Budget {
        var budget = Seed.budget
        budget.relabel(code: "323003", name: "秦皇岛市海港区社会保险事业所", year: 2024)
        guard adjust else { return budget }
        budget.setAmount(Amount("2673.32"), at: CellAddress(.t1, "34", "收入/预算数"))
        budget.setAmount(Amount("2673.32"), at: CellAddress(.t1, "34", "支出/预算数"))
        budget.setAmount(Amount("2673.32"), at: CellAddress(.t3, "1", "合计"))
        budget.setAmount(Amount("750.32"), at: CellAddress(.t3, "1", "基本支出"))
        budget.setAmount(Amount("1923.00"), at: CellAddress(.t3, "1", "项目支出"))
        budget.setAmount(Amount("724.12"), at: CellAddress(.t6, "1", "人员经费"))
        budget.setAmount(Amount("26.20"), at: CellAddress(.t6, "1", "公用经费"))
        budget.setAmount(Amount("0.34"), at: CellAddress(.t9, "1", "合计"))
        budget.setAmount(Amount("0.34"), at: CellAddress(.t9, "2", "合计"))
        return budget
    }

    static func store(with lastYear: Budget) throws -> SnapshotStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-ly-\(UUID().uuidString).sqlite").path
        let store = try SnapshotStore(path: path)
        let entry = SnapshotBuilder.entry(lastYear, findings: [], departmentCode: "323", file: "323003-2024.txt")
        _ = try store.write(SnapshotContent(label: "2024 批复", job: "test", year: 2024, district: "海港区",
                                            engineVersion: "test", catalogueVersion: RuleCatalogue.version, manifest: [],
                                            units: [entry], departments: [], districtBudget: nil))
        return store
    }

    @Test func changeClaimsAreCheckedAgainstLastYearInTheStore() throws {
        let store = try Self.store(with: Self.lastYear())
        let previous = try #require(LastYearLookup(store: store).budget(code: "323003", year: 2025))
        #expect(previous.year == 2024)
        #expect(LastYearLookup(store: store).budget(code: "999999", year: 2025) == nil)
        let report = Checker().check(Seed.budget, lastYear: previous)
        let entry = try #require(report.ledger.first { $0.ruleID == "n_changes_match_last_year" })
        #expect(entry.status == .passed, "\(entry.reason ?? "") \(report.findings.filter { $0.ruleID == entry.ruleID }.map(\.message))")
        // Without last year the same claims are not checked, never passed.
        let without = Checker().check(Seed.budget)
        #expect(without.ledger.first { $0.ruleID == "n_changes_match_last_year" }?.status == .notChecked)
    }

    @Test func aWrongChangeIsFoundAgainstLastYear() throws {
        let store = try Self.store(with: Self.lastYear(adjust: false))
        let previous = try #require(LastYearLookup(store: store).budget(code: "323003", year: 2025))
        let report = Checker().check(Seed.budget, lastYear: previous)
        let failures = report.findings.filter { $0.ruleID == "n_changes_match_last_year" && $0.severity == .error }
        #expect(!failures.isEmpty)
    }
}
