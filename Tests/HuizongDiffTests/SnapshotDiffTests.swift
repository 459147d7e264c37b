import Synchronization
import Testing
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules
import HuizongStore
import HuizongTestSupport
@testable import HuizongDiff

/// Comparing two snapshots: what is loaded, and headline figures as recorded.
@Suite struct SnapshotDiffTests {
    /// Budgets by address in memory, counting every load.
    final class Loads: Sendable {
        let budgets: [String: Budget]
        let loaded = Mutex<[String]>([])
        init(_ budgets: [Budget]) {
            self.budgets = Dictionary(budgets.map { (Self.address($0), $0) }, uniquingKeysWith: { a, _ in a })
        }
        static func address(_ budget: Budget) -> String { ContentHash.sha256(TextLayoutWriter.write(budget)) }
        func load(_ address: String) throws -> Budget {
            loaded.withLock { $0.append(address) }
            guard let budget = budgets[address] else { throw CancellationError() }
            return budget
        }
    }

    /// A side of `units` in departments by code prefix, with the district; totals recorded when `recorded`.
    static func side(_ title: String, _ units: [Budget], loads: Loads, recorded: Bool) -> DiffSide {
        let groups = Dictionary(grouping: units) { String($0.code.prefix(3)) }
        let departments = groups.keys.sorted().map { BudgetSum.sum(groups[$0]!, code: $0, name: "部门\($0)", year: 2025) }
        let district = BudgetSum.sum(departments, code: "000", name: "海港区", year: 2025)
        func entry(_ budget: Budget) -> DiffSide.Entry {
            DiffSide.Entry(code: budget.code, name: budget.name, departmentCode: String(budget.code.prefix(3)),
                           textHash: Loads.address(budget), findingsHash: "[]")
        }
        let totals = Dictionary((departments + [district]).map { (Loads.address($0), TableTotals.of($0)) }, uniquingKeysWith: { a, _ in a })
        return DiffSide(title: title, year: 2025, district: "海港区", units: units.map(entry), departments: departments.map(entry),
                        districtTotal: entry(district), loadBudget: loads.load, loadFindings: { _ in [] },
                        loadTotals: { recorded ? totals[$0] : nil })
    }

    /// The seed's three units, and the same with one T6 amount of 323004 changed.
    static let before = [Seed.unit(code: "323003"), Seed.unit(code: "323004"), Seed.unit(code: "324001")]
    static var after: [Budget] {
        var units = before
        var address: CellAddress?
        units[1].forEachAmountCell { cell in if address == nil, cell.address.table == .t6 { address = cell.address } }
        _ = units[1].setAmount(units[1].amount(at: address!).orZero + Amount("0.01"), at: address!)
        return units
    }

    @Test func onlyChangedUnitsAreLoadedAndRecordedTotalsReplaceConsolidatedBudgets() throws {
        let all = Self.before + Self.after
        let loads = Loads(all)
        let diff = try SnapshotDiff.compare(Self.side("#1", Self.before, loads: loads, recorded: true),
                                            Self.side("#2", Self.after, loads: loads, recorded: true))
        #expect(diff.changed.map(\.code) == ["323004"] && diff.unchangedCount == 2)
        #expect(Set(diff.totals.map(\.scope)) == ["323", "全区"] && diff.totals.allSatisfy { $0.table == .t6 })
        // The two versions of 323004, and nothing else: no unchanged unit, no department, no district.
        #expect(loads.loaded.withLock { Set($0) } == [Loads.address(Self.before[1]), Loads.address(Self.after[1])])
    }

    @Test func recordedTotalsGiveTheSameReportAsReadingTheBudgets() throws {
        let loads = Loads([])
        let everything = Loads(Self.before + Self.after + Self.consolidated(Self.before) + Self.consolidated(Self.after))
        let recorded = try SnapshotDiff.compare(Self.side("#1", Self.before, loads: everything, recorded: true),
                                                Self.side("#2", Self.after, loads: everything, recorded: true))
        let read = try SnapshotDiff.compare(Self.side("#1", Self.before, loads: everything, recorded: false),
                                            Self.side("#2", Self.after, loads: everything, recorded: false))
        #expect(DiffReport.text(recorded) == DiffReport.text(read))
        #expect(DiffReport.csv(recorded) == DiffReport.csv(read))
        #expect(loads.loaded.withLock { $0.isEmpty })
    }

    /// The departments and district of `units`, as `side` builds them.
    static func consolidated(_ units: [Budget]) -> [Budget] {
        let groups = Dictionary(grouping: units) { String($0.code.prefix(3)) }
        let departments = groups.keys.sorted().map { BudgetSum.sum(groups[$0]!, code: $0, name: "部门\($0)", year: 2025) }
        return departments + [BudgetSum.sum(departments, code: "000", name: "海港区", year: 2025)]
    }
}
