import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// Every figure of P (政府采购预算), A (固定资产), G (绩效目标表) and N (情况说明) is
/// guarded: changing it by +0.01 or −0.01 makes the catalogue report an error that
/// involves that very cell.
@Suite struct PAGNGuardTests {
    /// The plan figures before December (3月底, 6月底, 10月底) only have to be ordered:
    /// no relation ties them to another figure, so a small change cannot be detected.
    static let unguardablePlanColumns: Set<String> = ["3月底", "6月底", "10月底"]

    /// The seed's one 比上年 change that no relation of the budget itself ties to a figure:
    /// “三公”经费 与2024年相比减少0.19 needs last year's budget (not checked without it).
    static let changeWithoutLastYear = CellAddress(.narrative, "31", ClaimSubject.threePublic.rawValue)

    /// True when checking `budget` reports an error finding involving `address`.
    static func detects(_ budget: Budget, _ address: CellAddress) -> Bool {
        Checker().check(budget).findings.contains { $0.severity == .error && $0.involvedCells.contains(address) }
    }

    /// The addresses among `cells` whose ±0.01 change goes undetected, for each direction.
    static func undetected(_ cells: [AmountCell], mutate: (inout Budget, AmountCell, Amount) -> Void) -> [Int64: [CellAddress]] {
        var missed: [Int64: [CellAddress]] = [1: [], -1: []]
        for delta in [Int64(1), -1] {
            for cell in cells {
                var budget = Seed.budget
                mutate(&budget, cell, cell.value.orZero + Amount(wanHundredths: delta))
                if !detects(budget, cell.address) { missed[delta, default: []].append(cell.address) }
            }
        }
        return missed
    }

    static func report(_ name: String, _ cells: [AmountCell], _ missed: [Int64: [CellAddress]]) {
        for delta in [Int64(1), -1] {
            let caught = cells.count - missed[delta, default: []].count
            let rate = cells.isEmpty ? 100 : Double(caught) * 100 / Double(cells.count)
            print("\(name) \(delta > 0 ? "+0.01" : "−0.01"): \(caught)/\(cells.count) cells detected (\(String(format: "%.1f", rate))%)")
        }
    }

    @Test(arguments: [TableID.procurement, .assets, .performance])
    func everyTableFigureIsGuarded(_ table: TableID) {
        var cells: [AmountCell] = []
        Seed.budget.forEachAmountCell { if $0.address.table == table { cells.append($0) } }
        #expect(!cells.isEmpty)
        let missed = Self.undetected(cells) { budget, cell, value in budget.setAmount(value, at: cell.address) }
        Self.report(table.label, cells, missed)
        for (_, addresses) in missed {
            let unexpected = addresses.filter { !($0.table == .performance && Self.unguardablePlanColumns.contains($0.column)) }
            #expect(unexpected.isEmpty, "unguarded: \(unexpected)")
        }
        // Budget, funds and year-end plan are guarded in every 绩效目标表.
        if table == .performance {
            let guarded = cells.filter { ["预算数", "其中：财政资金", "12月底"].contains($0.address.column) }
            #expect(guarded.count == 3 * Seed.budget.performance.count)
        }
    }

    @Test func everyNarrativeFigureIsGuarded() throws {
        let claims = try #require(Seed.budget.narrative?.claims)
        #expect(claims.count == 33)
        var cells: [AmountCell] = []
        Seed.budget.forEachAmountCell(claims: true) { if $0.address.table == .narrative { cells.append($0) } }
        #expect(cells.map(\.address) == claims.indices.map { CellAddress(.narrative, "\($0 + 1)", claims[$0].subject.rawValue) })
        let missed = Self.undetected(cells) { budget, cell, value in
            budget.narrative!.claims[Int(cell.address.row)! - 1].amount = value
        }
        Self.report("N 情况说明", cells, missed)
        for delta in [Int64(1), -1] {
            #expect(missed[delta, default: []] == [Self.changeWithoutLastYear], "direction \(delta)")
        }
    }

    @Test func changesWithoutLastYearAreNotCheckedNeverPassed() throws {
        let report = Checker().check(Seed.budget)
        let entry = try #require(report.ledger.first { $0.ruleID == "n_changes_match_last_year" })
        #expect(entry.status == .notChecked)
        #expect(entry.reason?.contains("无上年预算数据") == true)
        #expect(report.ledger.first { $0.ruleID == "n_unrecognised_figures" }?.status == .notApplicable)
    }

    @Test func changesMatchLastYearWhenItIsKnown() throws {
        // Last year: the seed less each stated change (基本 −166.33, 项目 +351.56, 三公 +0.19 …).
        var lastYear = Seed.budget
        func shift(_ address: CellAddress, by change: String) {
            lastYear.setAmount(lastYear.amount(at: address).orZero - Amount(change), at: address)
        }
        shift(CellAddress(.t1, "34", "收入/预算数"), by: "-185.23")
        shift(CellAddress(.t3, "1", "基本支出"), by: "166.33")
        shift(CellAddress(.t3, "1", "项目支出"), by: "-351.56")
        shift(CellAddress(.t6, "1", "人员经费"), by: "171.98")
        shift(CellAddress(.t6, "1", "公用经费"), by: "-5.65")
        shift(CellAddress(.t9, "2", "合计"), by: "-0.19")
        let checker = Checker(rules: [NarrativeChangesMatchLastYearRule.self])
        let good = checker.check(Seed.budget, lastYear: lastYear)
        #expect(good.findings.isEmpty, "\(good.findings.map(\.message))")
        #expect(good.ledger.first?.status == .passed)

        shift(CellAddress(.t9, "2", "合计"), by: "0.01")
        let bad = checker.check(Seed.budget, lastYear: lastYear)
        let finding = try #require(bad.findings.first)
        #expect(finding.severity == .error)
        #expect(finding.involvedCells.contains(Self.changeWithoutLastYear))
        #expect(bad.findings.count == 1)
    }

    @Test func costIndicatorCeilings() {
        #expect(PerformanceCostIndicator.ceiling("≤5680394.36元") == Amount("568.04"))
        #expect(PerformanceCostIndicator.ceiling("≤109.4万元") == Amount("109.40"))
        #expect(PerformanceCostIndicator.ceiling(" <= 1,000 元") == Amount("0.10"))
        #expect(PerformanceCostIndicator.ceiling("≤50元") == Amount("0.01"))
        #expect(PerformanceCostIndicator.ceiling("≤49元") == Amount("0.00"))
        #expect(PerformanceCostIndicator.ceiling("100%") == nil)
        #expect(PerformanceCostIndicator.ceiling("≤20元/人") == nil)
        #expect(PerformanceCostIndicator.ceiling("≥17408人") == nil)
    }

    @Test func projectNamesMatchByContainmentOrLongestSharedName() {
        let projects = Seed.budget.performance
        #expect(NarrativeProjectMatch.projects(named: "国有企业退休人员社会化管理上级财政补助资金", in: projects) == [2, 3, 4, 5])
        #expect(NarrativeProjectMatch.projects(named: "改制企业人员费用（RY）", in: projects) == [0])
        #expect(NarrativeProjectMatch.projects(named: "城乡居民社会保险代办员补助资金", in: projects) == [6])
        #expect(NarrativeProjectMatch.projects(named: "办公楼维修", in: projects) == [])
    }
}
