import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// The shared checks count a relation that holds without building its description
/// (the fast path before `equal`/`atMost`): each relation still counts once, held or not,
/// and one that fails is still recorded at its cell.
@Suite struct RelationFastPathTests {
    func run(_ budget: Budget, _ body: (inout RuleCheck) -> Void) -> RuleCheck {
        var check = RuleCheck(subject: CheckSubject(budget: budget, context: CheckContext()), ruleIDs: RuleIDList(["fast_path_test"]))
        check.start(rule: 0, severity: .error)
        body(&check)
        return check
    }

    @Test func rowSumCountsEveryRowOnce() throws {
        let seed = Seed.budget
        let rows = try #require(seed.t3?.rows)
        let parts = [1, 2]
        let clean = run(seed) { ClassifiedChecks.rowSum(.t3, total: 0, parts: parts, label: "基本支出 + 项目支出", &$0) }
        #expect(clean.evaluated == rows.count && clean.findings.isEmpty)
        var broken = seed
        let row = try #require(rows.indices.last)
        broken.t3?.rows[row].amounts[0] = (rows[row].amounts[0] ?? .zero) + Amount(fen: 1)
        let failed = run(broken) { ClassifiedChecks.rowSum(.t3, total: 0, parts: parts, label: "基本支出 + 项目支出", &$0) }
        #expect(failed.evaluated == rows.count && failed.findings.count == 1)
        #expect(failed.findings.first?.cell == CellRef.classified(.t3, broken.t3!.rows[row], 0).address)
    }

    @Test func t9SumAndFiscalChecksCountAsTheRulesDo() throws {
        let seed = Seed.budget
        for rule in [T9SubtotalSumRule.self, T9TotalEqualsSubtotalRule.self, T5WithinT3Rule.self, T5CategoryMatchesT4Rule.self] as [any BudgetRule.Type] {
            let report = Checker(rules: [rule]).check(seed, file: "seed")
            #expect(report.findings.isEmpty && report.count(.passed) == 1, "\(rule.description.id)")
        }
        var broken = seed
        let t9Total = try #require(broken.t9?.rows.firstIndex { $0.label.contains("合计") })
        let before = seed.t9!.rows[t9Total].amounts[0] ?? .zero
        broken.t9?.rows[t9Total].amounts[0] = before + Amount(fen: 100)
        let report = Checker(rules: [T9TotalEqualsSubtotalRule.self]).check(broken, file: "seed")
        #expect(report.findings.filter { $0.severity >= .warning }.count == 1 && report.count(.failed) == 1)
    }
}

/// The procurement sums count each relation once, held or not (fast path before `equal`).
@Suite struct ProcurementFastPathTests {
    @Test func itemFundSumAndSubtotalsCountEveryRelation() throws {
        let seed = Seed.budget
        let rows = try #require(seed.procurement?.rows)
        func run(_ budget: Budget, _ rule: any BudgetRule.Type) -> RuleCheck {
            var check = RuleCheck(subject: CheckSubject(budget: budget, context: CheckContext()), ruleIDs: RuleIDList(["fast_path_test"]))
            check.start(rule: 0, severity: .error)
            rule.run(&check)
            return check
        }
        let clean = run(seed, ProcurementItemFundSumRule.self)
        #expect(clean.evaluated == rows.count && clean.findings.isEmpty)
        var broken = seed
        let item = try #require(rows.firstIndex { $0.kind == .item })
        broken.procurement?.rows[item].amounts[0] = (rows[item].amounts[0] ?? .zero) + Amount(fen: 1)
        let failed = run(broken, ProcurementItemFundSumRule.self)
        #expect(failed.evaluated == rows.count && failed.findings.count == 1)
        let subtotals = run(seed, ProcurementSubtotalEqualsItemsRule.self)
        let brokenSubtotals = run(broken, ProcurementSubtotalEqualsItemsRule.self)
        #expect(subtotals.evaluated > 0 && subtotals.findings.isEmpty)
        #expect(brokenSubtotals.evaluated == subtotals.evaluated && brokenSubtotals.findings.count == 1)
    }
}
