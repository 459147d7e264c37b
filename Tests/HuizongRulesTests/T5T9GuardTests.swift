import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// "Every figure is guarded" for T5…T9: changing any non-empty amount cell by ±0.01 makes
/// the catalogue report an error whose relation involves that cell.
@Suite struct T5T9GuardTests {
    static let tables: Set<TableID> = [.t5, .t6, .t7, .t8, .t9]

    /// The non-empty cells of `tables` in `budget`.
    static func cells(of budget: Budget, in tables: Set<TableID>) -> [AmountCell] {
        var out: [AmountCell] = []
        budget.forEachAmountCell { if tables.contains($0.address.table) { out.append($0) } }
        return out
    }

    /// For each cell and each of +0.01, −0.01: whether an error finding involves the cell.
    /// Returns the cells missed per direction.
    static func misses(_ budget: Budget, _ cells: [AmountCell]) -> (plus: [CellAddress], minus: [CellAddress]) {
        let checker = Checker()
        var plus: [CellAddress] = [], minus: [CellAddress] = []
        for cell in cells {
            for delta: Int64 in [1, -1] {
                var copy = budget
                let changed = copy.setAmount(cell.value.orZero + Amount(wanHundredths: delta), at: cell.address)
                #expect(changed)
                let report = checker.check(copy)
                let caught = report.findings.contains { $0.severity == .error && $0.involvedCells.contains(cell.address) }
                if !caught { if delta > 0 { plus.append(cell.address) } else { minus.append(cell.address) } }
            }
        }
        return (plus, minus)
    }

    static func rate(_ missed: Int, _ total: Int) -> String {
        total == 0 ? "n/a" : "\(total - missed)/\(total)"
    }

    @Test func everySeedCellOfT5ToT9IsGuarded() {
        let budget = Seed.budget
        let cells = Self.cells(of: budget, in: Self.tables)
        #expect(cells.count == 89)
        let missed = Self.misses(budget, cells)
        print("T5–T9 guard: +0.01 detected \(Self.rate(missed.plus.count, cells.count)), −0.01 detected \(Self.rate(missed.minus.count, cells.count))")
        #expect(missed.plus == [], "not guarded at +0.01: \(missed.plus)")
        #expect(missed.minus == [], "not guarded at −0.01: \(missed.minus)")
    }

    /// The seed's T7 is empty: fill it (consistently with T1–T4) and guard its cells too.
    @Test func filledT7CellsAreGuarded() {
        var budget = Seed.budget
        T7SampleFund.fill(&budget)
        let cells = Self.cells(of: budget, in: [.t7])
        #expect(cells.count == 8)
        // The filled budget itself: no finding involves a T7 cell and the T5…T9 rules are clean
        // (the narrative and the 绩效目标表 still quote the seed's totals).
        let baseline = Checker().check(budget).findings(atLeast: .warning)
        let t7Addresses = Set(cells.map(\.address))
        #expect(baseline.filter { $0.involvedCells.contains(where: t7Addresses.contains) }.map(\.message) == [])
        let ours = ["t5_", "t6_", "t7_", "t8_", "t9_"]
        #expect(baseline.filter { f in ours.contains { f.ruleID.hasPrefix($0) } }.map(\.message) == [])
        let missed = Self.misses(budget, cells)
        print("T7 (filled) guard: +0.01 detected \(Self.rate(missed.plus.count, cells.count)), −0.01 detected \(Self.rate(missed.minus.count, cells.count))")
        #expect(missed.plus == [], "not guarded at +0.01: \(missed.plus)")
        #expect(missed.minus == [], "not guarded at −0.01: \(missed.minus)")
    }

    /// The T9 row lookup accepts the template's labels and common variants.
    @Test func threePublicRowsAreFoundByLabel() throws {
        let t9 = try #require(Seed.budget.t9)
        let rows = ThreePublicRows(t9)
        for kind in ThreePublicRow.allCases { #expect(rows[kind] != nil, "\(kind.label)") }
        #expect(ThreePublicRows.key("\"三公\"经费小计") == "三公经费小计")
        #expect(ThreePublicRows.key("  其中：公务用车运行维护费") == "公务用车运行维护费")
        #expect(ThreePublicRows.key("一、因公出国(境)费") == "因公出国（境）费")
    }

    /// The narrative-title year and the T1/T4 category label matcher.
    @Test func structureHelpers() {
        #expect(StructureNarrativeYearRule.year(in: "秦皇岛市海港区社会保险事业所2025年单位预算信息公开情况说明") == 2025)
        #expect(StructureNarrativeYearRule.year(in: "截止时间：2024-12-31") == nil)
        #expect(StructureNarrativeYearRule.year(in: "编号12025年") == nil)
        #expect(StructureNarrativeYearRule.year(in: "2025单位预算") == nil)
        #expect(StructureFunctionCategories.label("八、社会保障和就业支出", names: "社会保障和就业支出"))
        #expect(StructureFunctionCategories.label("三十一、人行科目", names: "人行科目"))
        #expect(StructureFunctionCategories.label("二十 、 住房保障支出", names: "住房保障支出"))
        #expect(StructureFunctionCategories.label("社会保障和就业支出", names: "社会保障和就业支出"))
        #expect(!StructureFunctionCategories.label("八、社会保障和就业支出", names: "就业支出"))
        #expect(!StructureFunctionCategories.label("二十、住房保障支出", names: "保障支出"))
    }
}
