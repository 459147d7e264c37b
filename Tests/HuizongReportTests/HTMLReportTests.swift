import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongDiff
import HuizongTestSupport
@testable import HuizongRollup
@testable import HuizongReport

/// The nightly HTML report: self-contained, escaped, and showing what a finance officer needs first.
@Suite struct HTMLReportTests {
    static let malicious = "<script>alert(\"x\")</script>&\"'"
    static let attributeBreaker = "\" onmouseover=\"x"

    /// A checked unit as the loader would return it.
    static func loaded(_ budget: Budget) -> LoadedUnit {
        let file = "/data/\(budget.code)-2025.txt"
        return LoadedUnit(file: file, byteCount: 1, readDiagnostics: [], budget: budget,
                          report: Checker().check(budget, file: file))
    }

    /// Three units in two departments: 323001 (named maliciously, so department 323 is too),
    /// 323002 with one T6 figure changed by `delta` (an error), 324001; plus one unreadable file.
    static func units(delta: String = "1.00") -> [LoadedUnit] {
        var broken = Seed.unit(code: "323002", name: "测试单位323002")
        let address = CellAddress(.t6, "30201", "合计")
        broken.setAmount(broken.amount(at: address).orZero + Amount(delta), at: address)
        let unreadable = LoadedUnit(file: "/data/<b>坏</b>.txt", byteCount: 0,
                                    readDiagnostics: [ReadDiagnostic(file: "/data/<b>坏</b>.txt", line: 0, problem: .notText(detail: "无法打开文件"))],
                                    budget: nil, report: nil)
        return [loaded(Seed.unit(code: "323001", name: malicious)), loaded(broken),
                loaded(Seed.unit(code: "324001", name: attributeBreaker)), unreadable]
    }

    static func input(_ result: RollupResult, comparison: SnapshotComparison? = nil) -> HTMLReport.Input {
        let budgets = result.includedBudgets
        return HTMLReport.Input(
            title: "夜间汇总 <night>", districtName: "测试区", draftLabel: "一上", runTime: Date(timeIntervalSince1970: 1_736_900_000),
            timeZone: TimeZone(secondsFromGMT: 8 * 3600)!, snapshotID: 7, snapshotLabel: "2025 一上 'nightly'",
            result: result,
            procurement: ProcurementSummary.make(units: budgets, consolidated: result.district.procurement),
            assets: AssetSummary.make(units: budgets, consolidated: result.district.assets),
            comparison: comparison, comparisonName: comparison.map { _ in "#6 2025 一上" })
    }

    /// Content-addressed budgets and findings kept in memory, as a snapshot store would keep them.
    final class MemoryStore: @unchecked Sendable {
        var budgets: [String: Budget] = [:]
        var findings: [String: [Finding]] = [:]

        /// Stores `budget` and `found`; returns the side's entry with their addresses (the values' hashes).
        func entry(_ budget: Budget, department: String, found: [Finding]) -> DiffSide.Entry {
            let textHash = "b\(budget.hashValue)", findingsHash = "f\(found.hashValue)"
            budgets[textHash] = budget
            findings[findingsHash] = found
            return DiffSide.Entry(code: budget.code, name: budget.name, departmentCode: department, textHash: textHash, findingsHash: findingsHash)
        }

        /// A side whose loaders read this store (filled before the comparison runs, read-only afterwards).
        func side(_ title: String, _ result: RollupResult) -> DiffSide {
            let units = result.units.compactMap { unit in
                unit.budget.map { entry($0, department: String($0.code.prefix(3)), found: unit.report?.findings ?? []) }
            }
            let departments = result.departments.map { entry($0.budget, department: $0.code, found: $0.report.findings) }
            let district = entry(result.district, department: "", found: result.districtReport.findings)
            return DiffSide(title: title, year: result.year, district: result.district.name, units: units, departments: departments,
                            districtTotal: district,
                            loadBudget: { key in
                                guard let budget = self.budgets[key] else { throw CancellationError() }
                                return budget
                            },
                            loadFindings: { key in self.findings[key] ?? [] })
        }
    }

    static func compare(_ old: RollupResult, _ new: RollupResult) throws -> SnapshotComparison {
        let store = MemoryStore()
        let a = store.side("#6 2025 一上", old), b = store.side("#7 2025 一上", new)
        return try SnapshotDiff.compare(a, b)
    }

    static let result = Rollup(districtName: "测试区").run(units(), hierarchy: nil)

    @Test func untrustedTextIsEscapedEverywhere() {
        let html = HTMLReport.render(Self.input(Self.result))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&quot;&#39;"))
        #expect(!html.contains(Self.attributeBreaker))
        #expect(html.contains("&quot; onmouseover=&quot;x"))
        #expect(!html.contains("<b>坏</b>") && html.contains("&lt;b&gt;坏&lt;/b&gt;"))
        #expect(!html.contains("<night>") && html.contains("夜间汇总 &lt;night&gt;"))
        // Department 323 is named after its 001 unit: the malicious name reaches the SVG chart escaped.
        let svg = html.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }.joined()
        #expect(svg.contains("323 &lt;script&gt;"))
    }

    @Test func escapingFunction() {
        #expect(HTMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLEscaping.escape("汇总\u{0}\n") == "汇总\u{FFFD}\n")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test func selfContainedWithChartsAndKeyFigures() throws {
        let result = Self.result
        let html = HTMLReport.render(Self.input(result))
        for forbidden in ["http://", "https://", "src=", "<link", "<img", "<iframe", "@import", "url(", "<script"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        let income = try #require(result.district.t1?.line(income: "收入总计")?.income[0])
        #expect(income == Amount("7464.27"))
        #expect(html.contains(">7464.27<"))
        let procurement = try #require(result.district.procurement?.totalRow?.amounts[0])
        #expect(html.contains(">\(procurement.text())<"))
        // The quarantined file, the erroneous unit and its collapsible messages.
        #expect(result.quarantined.count == 1)
        #expect(html.contains("无法打开文件"))
        #expect(html.contains("<details class=\"unit\"><summary><span class=\"code\">323002</span>"))
        #expect(html.contains("无比较对象"))
        for tag in ["section", "table", "details", "svg", "div"] {
            #expect(html.components(separatedBy: "<\(tag)").count == html.components(separatedBy: "</\(tag)>").count, "unbalanced \(tag)")
        }
        #expect(HTMLReport.render(Self.input(result)) == html)
    }

    @Test func comparisonSectionShowsTotalsUnitsAndFindings() throws {
        // The earlier run had 323002 without the error and one more unit, 325001.
        let earlier = Self.units(delta: "0.00") + [Self.loaded(Seed.unit(code: "325001", name: "已撤并单位"))]
        let old = Rollup(districtName: "测试区").run(earlier, hierarchy: nil)
        let diff = try Self.compare(old, Self.result)
        #expect(diff.changed.map(\.code) == ["323002"])
        #expect(diff.removed.map(\.code) == ["325001"])
        let html = HTMLReport.render(Self.input(Self.result, comparison: diff))
        #expect(html.contains("比较：#6 2025 一上 → #7 2025 一上"))
        #expect(html.contains("全区及各部门主要数字的变动"))
        #expect(html.contains("<span class=\"code\">323002</span> 测试单位323002"))
        #expect(html.contains("30201 办公费"))
        #expect(html.contains(">+1.00<"))
        #expect(html.contains("已撤并单位"))
        #expect(html.contains("<td class=\"num\">9952.36</td><td class=\"num\">7464.27</td><td class=\"num down\">−2488.09</td>"))
        #expect(html.contains("新出现"))
        #expect(!html.contains("无比较对象"))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func barChartLengthsFollowAmountsAndLabelsAreExact() {
        let chart = SVGBarChart(title: "t", bars: [.init(label: "甲", amount: Amount("200.00")), .init(label: "乙", amount: Amount("50.01")),
                                                   .init(label: "丙", amount: nil)]).render()
        #expect(chart.contains(">200.00<") && chart.contains(">50.01<") && chart.contains(">空<"))
        let widths = chart.components(separatedBy: "width=\"").dropFirst(2).map { Double($0.prefix { $0 != "\"" })! }
        #expect(widths.count == 3 && widths[0] > widths[1] * 3.9 && widths[1] > 0 && widths[2] == 0)
        #expect(SVGBarChart.shortened(String(repeating: "长", count: 40)).hasSuffix("…"))
    }
}
