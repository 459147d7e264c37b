import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRules
import HuizongRollup
import HuizongReport

/// Renders a sample report from two folders of unit files (e.g. two drafts written by
/// `huizong generate`), for looking at the page in a browser. Runs only when
/// `HUIZONG_REPORT_SAMPLE_NEW` (the run's folder) and `HUIZONG_REPORT_SAMPLE_OUT` (the
/// HTML file) are set; `HUIZONG_REPORT_SAMPLE_OLD` adds a comparison with another folder.
@Suite struct ReportSampleTests {
    static let environment = ProcessInfo.processInfo.environment

    static func rollup(_ folder: String) throws -> RollupResult {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder + "/" + $0 }
        let hierarchyPath = folder + "/hierarchy.csv"
        let hierarchy = FileManager.default.fileExists(atPath: hierarchyPath) ? try Hierarchy.read(contentsOf: hierarchyPath) : nil
        return Rollup(districtName: "秦皇岛市海港区").run(UnitLoader.load(files, checker: Checker()), hierarchy: hierarchy)
    }

    @Test(.enabled(if: environment["HUIZONG_REPORT_SAMPLE_NEW"] != nil && environment["HUIZONG_REPORT_SAMPLE_OUT"] != nil))
    func renderSample() throws {
        let result = try Self.rollup(Self.environment["HUIZONG_REPORT_SAMPLE_NEW"]!)
        let comparison = try Self.environment["HUIZONG_REPORT_SAMPLE_OLD"].map { folder in
            try HTMLReportTests.compare(try Self.rollup(folder), result)
        }
        let budgets = result.includedBudgets
        let input = HTMLReport.Input(
            title: "海港区 2025 年部门预算夜间汇总", districtName: "秦皇岛市海港区", draftLabel: "二上", runTime: Date(),
            timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current, snapshotID: 12, snapshotLabel: "2025 二上",
            result: result,
            procurement: ProcurementSummary.make(units: budgets, consolidated: result.district.procurement),
            assets: AssetSummary.make(units: budgets, consolidated: result.district.assets),
            comparison: comparison, comparisonName: comparison.map { _ in "#11 2025 一上" })
        let html = HTMLReport.render(input)
        try Data(html.utf8).write(to: URL(fileURLWithPath: Self.environment["HUIZONG_REPORT_SAMPLE_OUT"]!))
        #expect(!html.lowercased().contains("<script"))
    }
}
