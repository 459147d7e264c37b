import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// Real values of unit 323003 (2025), read from the seed.
@Suite struct SeedValueTests {
    let budget = Seed.budget

    @Test func readsCompletelyWithoutDiagnostics() {
        #expect(Seed.result.diagnostics.map(\.rendered) == [])
        #expect(Seed.result.layout == .tab)
        #expect(Seed.result.encoding == .utf8)
        #expect(budget.presentTables == [.t1, .t2, .t3, .t4, .t5, .t6, .t7, .t8, .t9, .procurement, .assets, .performance, .narrative])
    }

    @Test func header() {
        #expect(budget.code == "323003")
        #expect(budget.name == "秦皇岛市海港区社会保险事业所")
        #expect(budget.year == 2025)
        #expect(budget.currency == "万元")
        #expect(budget.scope == .unit)
    }

    @Test func t1Totals() throws {
        let t1 = try #require(budget.t1)
        #expect(t1.lines.count == 34)
        #expect(t1.line(income: "收入总计")?.income[0] == Amount("2488.09"))
        #expect(t1.line(income: "本年收入合计")?.income[0] == Amount("1805.65"))
        #expect(t1.line(income: "上年结转结余")?.income[0] == Amount("682.44"))
        #expect(t1.line(expenditure: "支出总计")?.expenditure[0] == Amount("2488.09"))
        #expect(t1.lines[0].incomeItem == "一、一般公共预算拨款收入")
        #expect(t1.lines[0].income[0] == Amount("1047.65"))
        #expect(t1.lines[1].income[0] == nil, "an empty cell stays empty, not 0.00")
        #expect(t1.lines[7].expenditureItem == "八、社会保障和就业支出")
        #expect(t1.lines[7].expenditure[0] == Amount("991.74"))
        #expect(t1.line(expenditure: "年终结转结余")?.expenditure[0] == nil)
    }

    @Test func classifiedTables() throws {
        let t2 = try #require(budget.t2)
        #expect(t2.rows.count == 18)
        #expect(t2.totalRow?.amounts[TableSchema.T2.carryover.rawValue] == Amount("682.44"))
        let t3 = try #require(budget.t3)
        #expect(t3.totalRow?.amounts[TableSchema.T3.project.rawValue] == Amount("1571.44"))
        #expect(t3.row(SubjectCode(function: "208"))?.amounts[0] == Amount("991.74"))
        let t6 = try #require(budget.t6)
        let office = try #require(t6.row(SubjectCode(economic: "30201")))
        #expect(office.name == "办公费")
        #expect(office.amounts[0] == Amount("7.60"))
        #expect(office.amounts[TableSchema.T6.personnel.rawValue] == nil)
        #expect(office.code?.parent == SubjectCode(economic: "302"))
        #expect(t6.totalRow?.amounts == [Amount("916.65"), Amount("896.10"), Amount("20.55")])
        let t7 = try #require(budget.t7)
        #expect(t7.rows.isEmpty)
        #expect(t7.note == "注：无政府性基金预算财政拨款预算，空表列示。")
        #expect(budget.t8?.totalRow?.amounts[0] == Amount("1435.44"))
        #expect(budget.t5?.row(SubjectCode(function: "2080109"))?.amounts == [Amount("503.15"), Amount("500.15"), Amount("3.00")])
    }

    @Test func t4AndT9() throws {
        let t4 = try #require(budget.t4)
        #expect(t4.lines.count == 37)
        #expect(t4.line(expenditure: "本年支出合计")?.expenditure == [Amount("2488.09"), Amount("1052.65"), nil, Amount("1435.44")])
        #expect(t4.lines[33].income[0] == Amount("5.00"))
        let t9 = try #require(budget.t9)
        #expect(t9.rows.count == 9)
        #expect(t9.row("公务接待费")?.amounts == [Amount("0.15"), Amount("0.15"), nil, nil])
        #expect(t9.row("教学科研人员因公出国（境）费") != nil)
    }

    @Test func procurementAndAssets() throws {
        let p = try #require(budget.procurement)
        #expect(p.items.count == 5)
        #expect(p.totalRow?.amounts[0] == Amount("40.60"))
        #expect(p.rows[1].kind == .subtotal)
        let paper = p.items[0]
        #expect(paper.projectName == "公用经费一")
        #expect(paper.projectBudget == Amount("7.60"))
        #expect(paper.itemName == "复印纸")
        #expect(paper.catalogCode == "A05040101")
        #expect(paper.quantity == Quantity(2000))
        #expect(paper.unitPrice == Amount.zero)
        #expect(paper.amounts[0] == Amount("3.40"))
        #expect(paper.smeShare == Amount("3.40"))
        #expect(p.note?.hasPrefix("注：同一采购目录序号的物品") == true)
        let a = try #require(budget.assets)
        #expect(a.rows.count == 6)
        #expect(a.row(containing: "资产总额")?.amounts[0] == Amount("83.46"))
        #expect(a.row(containing: "其他固定资产")?.quantities[0] == Quantity(265))
        #expect(a.header.asOf == "2024-12-31")
    }

    @Test func performanceTables() throws {
        #expect(budget.performance.count == 8)
        let first = budget.performance[0]
        #expect(first.projectCode == "13030225P00456010017A")
        #expect(first.projectName == "改制企业人员费用(RY)")
        #expect(first.budget == Amount("98.00"))
        #expect(first.fiscalFunds == Amount("98.00"))
        #expect(first.otherFunds == nil)
        #expect(first.plan == [Amount("24.50"), Amount("49.00"), Amount("73.50"), Amount("98.00")])
        #expect(first.goal.contains("\n2.保障九家改制单位"))
        #expect(first.indicators.count == 7)
        #expect(first.indicators[4].value == "≤98万元")
        #expect(budget.performance[6].plan == [nil, nil, nil, Amount("5.00")])
        let total = budget.performance.compactMap(\.budget).sum()
        #expect(total == Amount("1571.44"))
    }

    @Test func narrative() throws {
        let n = try #require(budget.narrative)
        #expect(n.title == "秦皇岛市海港区社会保险事业所2025年单位预算信息公开情况说明")
        #expect(n.blocks.contains { $0.kind == .textTable && $0.rows.first?.first == "单位名称" })
        #expect(n.blocks.filter { $0.kind == .performanceTable }.count == 8)
        #expect(n.blocks.contains { $0.kind == .procurementTable })
        #expect(n.blocks.contains { $0.kind == .assetTable })
        let operating = n.claims.first { $0.subject == .operatingCosts }
        #expect(operating?.amount == Amount("20.55"))
        #expect(n.claims.first { $0.subject == .fixedAssets }?.amount == Amount("83.46"))
        #expect(n.claims.count >= 32)
        #expect(operating?.source.line == 1600)
    }
}
