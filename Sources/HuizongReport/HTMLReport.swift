import Foundation
import HuizongModel
import HuizongRules
import HuizongRollup
import HuizongDiff

/// The report a finance officer opens first after a nightly consolidation run: one
/// self-contained HTML page (`report.html`) in Chinese.
///
/// The page holds, in order: the run's header, the key figures, a chart of the district's
/// expenditure by function category and one by department, the findings by severity and
/// by unit, the quarantined inputs, procurement by 政府采购目录序号 (and fixed assets), the
/// unmatched internal flows of the eliminations, and what changed since the comparison.
///
/// The page loads nothing: styles are inline, charts are inline SVG, there is no script,
/// and a Content-Security-Policy forbids any fetch. Every text from the inputs is escaped
/// by ``HTMLEscaping/escape(_:)``. Amounts print exactly as `Amount.text()` (万元).
public enum HTMLReport {
    /// Everything the report shows.
    public struct Input: Sendable {
        /// The job's name, the page title.
        public var title: String
        /// The district's name (全区 title).
        public var districtName: String
        /// The budget year; the roll-up's year when nil.
        public var year: Int?
        /// The draft (稿次), e.g. `一上`.
        public var draftLabel: String
        /// When the run happened.
        public var runTime: Date
        /// The time zone the run time is shown in.
        public var timeZone: TimeZone
        /// The snapshot the run was stored as, when it was stored.
        public var snapshotID: Int64?
        /// The snapshot's label, when it was stored.
        public var snapshotLabel: String?
        /// The roll-up.
        public var result: RollupResult
        /// `ProcurementSummary.make(units: result.includedBudgets, consolidated: result.district.procurement)`.
        public var procurement: ProcurementSummary
        /// `AssetSummary.make(units: result.includedBudgets, consolidated: result.district.assets)`.
        public var assets: AssetSummary
        /// The comparison with an earlier snapshot, when one was made.
        public var comparison: SnapshotComparison?
        /// What the run was compared with (e.g. `#3 2025 一上`); nil when there is no comparison.
        public var comparisonName: String?
        /// How many changed units the comparison section details (the rest are counted).
        public var changedUnitLimit: Int
        /// How many messages are listed per unit (the rest are counted).
        public var messageLimit: Int

        /// Creates the input; `year` defaults to the roll-up's year.
        public init(title: String, districtName: String, year: Int? = nil, draftLabel: String, runTime: Date,
                    timeZone: TimeZone = .current, snapshotID: Int64? = nil, snapshotLabel: String? = nil,
                    result: RollupResult, procurement: ProcurementSummary, assets: AssetSummary,
                    comparison: SnapshotComparison? = nil, comparisonName: String? = nil,
                    changedUnitLimit: Int = 20, messageLimit: Int = 100) {
            self.title = title; self.districtName = districtName; self.year = year ?? result.year
            self.draftLabel = draftLabel; self.runTime = runTime; self.timeZone = timeZone
            self.snapshotID = snapshotID; self.snapshotLabel = snapshotLabel
            self.result = result; self.procurement = procurement; self.assets = assets
            self.comparison = comparison; self.comparisonName = comparisonName
            self.changedUnitLimit = max(0, changedUnitLimit); self.messageLimit = max(1, messageLimit)
        }
    }

    /// The report's sections: anchor and heading, in page order.
    static let sections: [(id: String, title: String)] = [
        ("figures", "一、主要数字"),
        ("by-function", "二、全区支出（按功能分类）"),
        ("by-department", "三、各部门支出"),
        ("findings", "四、审核结果"),
        ("quarantine", "五、隔离的输入"),
        ("procurement", "六、政府采购与固定资产"),
        ("eliminations", "七、内部往来抵销"),
        ("changes", "八、与比较对象相比的变化"),
    ]

    /// The whole page.
    public static func render(_ input: Input) -> String {
        var page = HTMLBuffer()
        page.markup("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        page.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.markup("<title>\(esc(input.title)) — \(esc(input.districtName)) \(esc(yearText(input.year))) \(esc(input.draftLabel))</title>\n")
        page.markup("<style>\n\(stylesheet)</style>\n</head>\n<body>\n")
        header(input, into: &page)
        page.markup("<main>\n")
        keyFigures(input, into: &page)
        functionChart(input, into: &page)
        departmentChart(input, into: &page)
        findings(input, into: &page)
        quarantine(input, into: &page)
        procurement(input, into: &page)
        eliminations(input, into: &page)
        changes(input, into: &page)
        page.markup("</main>\n<footer>汇总 Huizong \(esc(EngineVersion.current)) 生成于 \(esc(timeText(input.runTime, input.timeZone)))。金额单位：万元。</footer>\n")
        page.markup("</body>\n</html>\n")
        return page.html
    }

    /// The title block: job, district, year, draft, time, snapshot, comparison; then the verdict and contents.
    static func header(_ input: Input, into page: inout HTMLBuffer) {
        page.markup("<header>\n")
        page.element("h1", input.title)
        page.markup("<dl class=\"meta\">")
        let snapshot: String
        switch (input.snapshotID, input.snapshotLabel) {
        case let (id?, label?): snapshot = "#\(id) \(label)"
        case let (id?, nil): snapshot = "#\(id)"
        case let (nil, label?): snapshot = label
        case (nil, nil): snapshot = "未保存为快照"
        }
        for (term, value) in [("区划", input.districtName), ("预算年度", yearText(input.year)), ("稿次", input.draftLabel),
                              ("运行时间", timeText(input.runTime, input.timeZone)), ("快照", snapshot),
                              ("比较对象", input.comparison == nil ? "无比较对象" : input.comparisonName ?? input.comparison!.old)] {
            page.markup("<div><dt>\(esc(term))</dt><dd>\(esc(value))</dd></div>")
        }
        page.markup("</dl>\n")
        verdict(input, into: &page)
        page.markup("<nav class=\"toc\"><ol>")
        for section in sections { page.markup("<li><a href=\"#\(esc(section.id))\">\(esc(section.title))</a></li>") }
        page.markup("</ol></nav>\n</header>\n")
    }

    /// One line saying whether the run is clean, in the colour of its worst problem.
    static func verdict(_ input: Input, into page: inout HTMLBuffer) {
        let counts = FindingCounts.units(input.result)
        let quarantined = input.result.quarantined.count
        var problems: [String] = []
        if counts.unitsWithErrors > 0 { problems.append("\(counts.unitsWithErrors) 个单位有错误（共 \(counts.errors) 项）") }
        if quarantined > 0 { problems.append("\(quarantined) 个输入被隔离，未计入汇总") }
        let consolidatedErrors = FindingCounts.consolidated(input.result).errors
        if consolidatedErrors > 0 { problems.append("汇总表审核有 \(consolidatedErrors) 项错误") }
        let unmatched = input.result.departments.reduce(0) { $0 + $1.eliminations.unmatchedPairs.count }
        if unmatched > 0 { problems.append("\(unmatched) 项内部往来不匹配") }
        if !input.result.missingUnits.isEmpty { problems.append("缺少 \(input.result.missingUnits.count) 个单位的预算") }
        if problems.isEmpty {
            let warnings = counts.warnings > 0 ? "；另有警告 \(counts.warnings) 项，请查看" : ""
            page.note("结论：全部输入已汇总，未发现错误\(warnings)。", class: counts.warnings > 0 ? "verdict warn" : "verdict ok")
        } else {
            page.note("结论：" + problems.joined(separator: "；") + "。", class: "verdict bad")
        }
    }

    /// `2025` or 未定.
    static func yearText(_ year: Int?) -> String { year.map(String.init) ?? "未定" }

    /// `2025-01-15 02:00:00 UTC+08:00` in `zone`, the same whatever the machine's locale.
    static func timeText(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : String(v) }
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) UTC\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
