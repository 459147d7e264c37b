import HuizongModel
import HuizongRules

/// The short summary of a roll-up that a person reads first.
public enum RollupSummary {
    /// Summary lines: inputs, quarantine, hierarchy problems, findings, district totals.
    public static func text(_ result: RollupResult, procurement: ProcurementSummary? = nil, assets: AssetSummary? = nil) -> String {
        String(decoding: utf8(result, procurement: procurement, assets: assets), as: UTF8.self)
    }

    /// ``text(_:procurement:assets:)`` as UTF-8 bytes, for the summary file.
    public static func utf8(_ result: RollupResult, procurement: ProcurementSummary? = nil, assets: AssetSummary? = nil) -> [UInt8] {
        // Lines are collected as UTF-8 bytes: appending pieces of Chinese text to a
        // `String` checks grapheme breaks at every join, and a district may list thousands
        // of missing units.
        var out = SummaryLines(capacity: 1_000 + 120 * (result.missingUnits.count + result.quarantined.count))
        let included = result.departments.reduce(0) { $0 + $1.unitCodes.count }
        out.append("汇总年度：\(result.year.map(String.init) ?? "未定")")
        out.append("输入文件：\(result.units.count) 个；汇总单位：\(included) 个；部门：\(result.departments.count) 个；隔离：\(result.quarantined.count) 个")
        for item in result.quarantined {
            out.append("  隔离 \(item.file)\(item.unitCode.map { "（\($0)）" } ?? "")：\(item.reasons.joined(separator: "；"))")
        }
        for entry in result.missingUnits {
            out.piece("  缺少单位：层级文件列出 "); out.piece(entry.unitCode); out.piece(" "); out.piece(entry.unitName)
            out.piece("（"); out.piece(entry.departmentName); out.append("），但未收到其预算")
        }
        for code in result.unlistedUnits {
            out.piece("  未列入层级文件的单位："); out.piece(code); out.piece("（按编码前三位归入部门 ")
            out.piece(String(code.prefix(3))); out.append("）")
        }
        var counts: [Severity: Int] = [:]
        var unitsWithErrors = 0
        // Units and findings read in place (a copy of a loaded unit or a finding costs a
        // reference count per field).
        let units = result.units
        for index in units.indices {
            guard let findings = units[index].report?.findings, !findings.isEmpty else { continue }
            var hasError = false
            for position in findings.indices {
                let severity = findings[position].severity
                counts[severity, default: 0] += 1
                if severity == .error { hasError = true }
            }
            if hasError { unitsWithErrors += 1 }
        }
        out.append("单位审核：错误 \(counts[.error] ?? 0)，警告 \(counts[.warning] ?? 0)，提示 \(counts[.info] ?? 0)（有错误的单位 \(unitsWithErrors) 个）")
        let consolidatedErrors = result.departments.reduce(0) { $0 + $1.report.findings(atLeast: .error).count }
            + result.districtReport.findings(atLeast: .error).count
        out.append("汇总表审核：错误 \(consolidatedErrors)")
        if let t1 = result.district.t1 {
            func value(_ income: String) -> String { t1.line(income: income).flatMap { $0.income[0] }?.text() ?? "（空）" }
            func spend(_ label: String) -> String { t1.line(expenditure: label).flatMap { $0.expenditure[0] }?.text() ?? "（空）" }
            out.append("全区收入总计 \(value("收入总计")) 万元（本年收入 \(value("本年收入合计"))，上年结转结余 \(value("上年结转结余"))）；支出总计 \(spend("支出总计")) 万元")
        }
        if let t3 = result.district.t3?.totalRow {
            out.append("全区基本支出 \(t3.amounts[1]?.text() ?? "（空）") 万元，项目支出 \(t3.amounts[2]?.text() ?? "（空）") 万元")
        }
        if let procurement {
            let total = procurement.byFund.first?.amount.text() ?? "0.00"
            out.append("政府采购：\(procurement.byCatalog.count) 个品目，合计 \(total) 万元；汇总与各单位之和\(procurement.isReconciled ? "一致" : "不一致")")
        }
        if let assets {
            let unreconciled = assets.units.filter { !$0.isReconciled }.count
            out.append("固定资产：情况说明与表不一致的单位 \(unreconciled) 个")
        }
        let unmatched = result.departments.reduce(0) { $0 + $1.eliminations.unmatchedPairs.count }
        let matched = result.departments.map(\.eliminations.matchedTotal).sum()
        out.append("内部往来抵销：抵销 \(matched.text()) 万元；不匹配 \(unmatched) 项")
        return out.bytes
    }
}

/// Lines of text collected as UTF-8 bytes, each ended by `\n`.
struct SummaryLines {
    /// The bytes written.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends `text` to the line being written (its bytes copied at once).
    mutating func piece(_ text: String) {
        text.withBorrowedUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` and ends the line.
    mutating func append(_ text: String) {
        piece(text)
        bytes.append(0x0A)
    }
}
