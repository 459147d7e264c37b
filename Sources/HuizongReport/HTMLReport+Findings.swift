import HuizongModel
import HuizongRules
import HuizongRollup

/// Findings counted by severity.
struct FindingCounts {
    var errors = 0, warnings = 0, infos = 0
    /// Reports (units) with at least one error.
    var unitsWithErrors = 0

    var total: Int { errors + warnings + infos }

    init() {}

    /// The counts of one report's findings.
    init(_ findings: [Finding]) { add(findings) }

    mutating func add(_ findings: [Finding]) {
        var hasError = false
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1; hasError = true
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        if hasError { unitsWithErrors += 1 }
    }

    /// Over every unit's check (as the roll-up summary counts them).
    static func units(_ result: RollupResult) -> FindingCounts {
        var counts = FindingCounts()
        for unit in result.units { counts.add(unit.report?.findings ?? []) }
        return counts
    }

    /// Over the checks of the departments' sums and of the district total.
    static func consolidated(_ result: RollupResult) -> FindingCounts {
        var counts = FindingCounts()
        for department in result.departments { counts.add(department.report.findings) }
        counts.add(result.districtReport.findings)
        return counts
    }
}

/// A checked budget as the findings section lists it.
struct CheckedEntry {
    var code: String
    var name: String
    /// The file it was read from, when it is a unit.
    var file: String?
    var findings: [Finding]
    var counts: FindingCounts
    /// True when the unit's file was quarantined (its figures are not in the sums).
    var quarantined = false

    /// Most errors first, then most warnings, most infos, code.
    static func byConcern(_ a: CheckedEntry, _ b: CheckedEntry) -> Bool {
        if a.counts.errors != b.counts.errors { return a.counts.errors > b.counts.errors }
        if a.counts.warnings != b.counts.warnings { return a.counts.warnings > b.counts.warnings }
        if a.counts.infos != b.counts.infos { return a.counts.infos > b.counts.infos }
        return a.code < b.code
    }

    /// The name, with a 已隔离 tag for a quarantined unit (markup).
    var nameMarkup: String { esc(name) + (quarantined ? " <span class=\"tag warn\">已隔离</span>" : "") }
}

extension HTMLReport {
    /// Section 四: the findings table by unit, each unit's errors and warnings, then the consolidated budgets' findings.
    static func findings(_ input: Input, into page: inout HTMLBuffer) {
        let result = input.result
        page.openSection(id: sections[3].id, title: sections[3].title)
        let quarantinedFiles = Set(result.quarantined.map(\.file))
        let units = result.units.compactMap { unit -> CheckedEntry? in
            guard let report = unit.report else { return nil }
            return CheckedEntry(code: unit.budget?.code ?? report.unitCode, name: unit.budget?.name ?? report.unitName,
                                file: unit.file, findings: report.findings, counts: FindingCounts(report.findings),
                                quarantined: quarantinedFiles.contains(unit.file))
        }.sorted(by: CheckedEntry.byConcern)
        let total = FindingCounts.units(result)
        page.note("单位审核共发现 错误 \(total.errors) 项、警告 \(total.warnings) 项、提示 \(total.infos) 项；已审核单位 \(units.count) 个。")
        checkedTable(units, kind: "单位", into: &page)
        let clean = units.filter { $0.counts.total == 0 }.count
        if clean > 0 { page.note("其余 \(clean) 个单位没有任何审核发现。", class: "note ok") }
        messages(units, heading: "各单位的错误与警告", limit: input.messageLimit, into: &page)

        var consolidated = result.departments.map { department in
            CheckedEntry(code: department.code, name: department.name, file: nil, findings: department.report.findings,
                         counts: FindingCounts(department.report.findings))
        }
        consolidated.append(CheckedEntry(code: result.district.code, name: result.district.name, file: nil,
                                         findings: result.districtReport.findings, counts: FindingCounts(result.districtReport.findings)))
        consolidated.sort(by: CheckedEntry.byConcern)
        page.markup("<h3>汇总表审核（部门与全区）</h3>\n")
        if consolidated.allSatisfy({ $0.counts.total == 0 }) {
            page.note("各部门汇总表及全区汇总表均未发现问题。", class: "note ok")
        } else {
            checkedTable(consolidated, kind: "", into: &page)
            messages(consolidated, heading: nil, limit: input.messageLimit, into: &page)
        }
        page.closeSection()
    }

    /// The table of entries (in their order) with any finding, with a total row; `kind` prefixes the code and name headings.
    static func checkedTable(_ entries: [CheckedEntry], kind: String, into page: inout HTMLBuffer) {
        let listed = entries.filter { $0.counts.total > 0 }
        guard !listed.isEmpty else { return }
        var sum = FindingCounts()
        for entry in listed { sum.errors += entry.counts.errors; sum.warnings += entry.counts.warnings; sum.infos += entry.counts.infos }
        page.table([.code("\(kind)编码"), .text("\(kind)名称"), .number("错误"), .number("警告"), .number("提示")],
                   rows: listed.map { entry in
                       [.code(entry.code), .markup(entry.nameMarkup), .count(entry.counts.errors, alert: "bad"),
                        .count(entry.counts.warnings, alert: "warn"), .count(entry.counts.infos)]
                   },
                   footer: [[.text("合计"), .text("\(listed.count) 个"), .count(sum.errors, alert: "bad"),
                             .count(sum.warnings, alert: "warn"), .count(sum.infos)]])
    }

    /// One collapsible block per entry with errors or warnings, listing those messages.
    static func messages(_ entries: [CheckedEntry], heading: String?, limit: Int, into page: inout HTMLBuffer) {
        let withProblems = entries.filter { $0.counts.errors + $0.counts.warnings > 0 }
        guard !withProblems.isEmpty else { return }
        if let heading { page.element("h3", heading) }
        for entry in withProblems {
            let shown = entry.findings.filter { $0.severity >= .warning }.sorted { $0.severity > $1.severity }
            page.markup("<details class=\"unit\"><summary><span class=\"code\">\(esc(entry.code))</span> \(entry.nameMarkup)")
            if entry.counts.errors > 0 { page.markup(" <span class=\"tag bad\">错误 \(entry.counts.errors)</span>") }
            if entry.counts.warnings > 0 { page.markup(" <span class=\"tag warn\">警告 \(entry.counts.warnings)</span>") }
            page.markup("</summary>\n")
            if let file = entry.file { page.markup("<p class=\"file\">文件：\(esc(file))</p>") }
            page.markup("<ol class=\"messages\">")
            for finding in shown.prefix(limit) {
                let cls = finding.severity == .error ? "bad" : "warn"
                page.markup("<li><span class=\"tag \(cls)\">\(esc(finding.severity.chineseName))</span> ")
                page.markup("<span class=\"rule\">[\(esc(finding.ruleID))]</span> \(esc(finding.message))</li>\n")
            }
            page.markup("</ol>")
            if shown.count > limit { page.note("另有 \(shown.count - limit) 条未列出。") }
            page.markup("</details>\n")
        }
    }

    /// Section 五: quarantined inputs with their causes, missing and unlisted units.
    static func quarantine(_ input: Input, into page: inout HTMLBuffer) {
        let result = input.result
        page.openSection(id: sections[4].id, title: sections[4].title)
        if result.quarantined.isEmpty {
            page.note("没有被隔离的输入：所有读入的单位都已计入汇总。", class: "note ok")
        } else {
            page.note("以下 \(result.quarantined.count) 个输入未计入任何汇总数，须更正后重新运行。", class: "note bad")
            page.table([.text("文件"), .code("单位编码"), .text("原因")],
                       rows: result.quarantined.map { [.text($0.file), .code($0.unitCode ?? "—"), .lines($0.reasons)] },
                       class: "quarantine")
        }
        if !result.missingUnits.isEmpty {
            page.element("h3", "层级文件列出但未收到预算的单位（\(result.missingUnits.count) 个）")
            page.table([.code("单位编码"), .text("单位名称"), .code("部门编码"), .text("部门名称")],
                       rows: result.missingUnits.map { [.code($0.unitCode), .text($0.unitName), .code($0.departmentCode), .text($0.departmentName)] })
        }
        if !result.unlistedUnits.isEmpty {
            page.element("h3", "未列入层级文件的单位（\(result.unlistedUnits.count) 个，按编码前三位归入部门）")
            page.note(result.unlistedUnits.joined(separator: "、"))
        }
        page.closeSection()
    }
}
