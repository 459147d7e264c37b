import Testing
import HuizongModel
@testable import HuizongRules

/// ProcurementRows.projects: items of a project printed together are listed in printed
/// order; items printed apart are laid out project by project, with the same result.
@Suite struct ProcurementProjectsTests {
    /// Rows from a plan: "|" is a 小计, any other name an item of that project.
    static func rows(_ plan: [String]) -> [ProcurementRow] {
        [ProcurementRow(kind: .total, projectName: "合计", amounts: [])] + plan.map {
            $0 == "|" ? ProcurementRow(kind: .subtotal, projectName: "单位小计", amounts: [])
                : ProcurementRow(kind: .item, projectName: $0, amounts: [])
        }
    }

    static func projects(_ plan: [String]) -> (rows: [Int], ranges: [[Int]]) {
        let table = TableRows(rows: rows(plan))
        let projects = ProcurementRows.projects(table, groups: ProcurementRows.groups(table))
        return (projects.rows, (0..<projects.count).map { Array(projects.rows[projects.range($0)]) })
    }

    @Test func printedTogetherKeepsPrintedOrder() {
        let plan = ["|", "公用经费一", "公用经费 一", "办公设备", "|", "公用经费一", "印刷"]
        let result = Self.projects(plan)
        #expect(result.ranges == [[2, 3], [4], [6], [7]])
        let table = TableRows(rows: Self.rows(plan))
        #expect(ProcurementRows.inPrintedOrder(table.rows, groups: ProcurementRows.groups(table)) != nil)
    }

    @Test func printedApartIsLaidOutByProject() {
        let plan = ["|", "甲", "乙", "甲", "丙", "乙", "|", "甲"]
        let table = TableRows(rows: Self.rows(plan))
        #expect(ProcurementRows.inPrintedOrder(table.rows, groups: ProcurementRows.groups(table)) == nil)
        let result = Self.projects(plan)
        #expect(result.ranges == [[2, 4], [3, 6], [5], [8]])
        #expect(result.rows == [2, 4, 3, 6, 5, 8])
    }

    @Test(arguments: [
        ["甲", "甲", "乙"], ["|"], [], ["甲", "|", "甲", "乙", "乙"], ["|", "|", "甲"], ["甲", "乙", "甲"],
    ])
    func sameAsLaidOut(plan: [String]) {
        let table = TableRows(rows: Self.rows(plan))
        let groups = ProcurementRows.groups(table)
        let general = ProcurementRows.laidOut(table.rows, groups: groups)
        let result = ProcurementRows.projects(table, groups: groups)
        #expect(result.rows == general.rows)
        #expect(result.ends == general.ends)
    }
}
