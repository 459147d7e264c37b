import Foundation
import HuizongModel
import HuizongParse

/// Renders check results for people (text) and programs (JSON): the one place findings
/// become text.
public enum FindingsReport {
    /// Text: per file a heading line with counts, then read problems and the findings of at
    /// least `minimum`; with `minimum` info also why rules were not checked.
    public static func text(_ checks: [FileCheck], minimum: Severity = .info) -> String {
        var out: [String] = []
        var totals: [Severity: Int] = [:]
        for check in checks {
            guard let report = check.report else {
                out.append("✗ \(check.file)：未能读入，已隔离")
                for diagnostic in check.readDiagnostics { out.append("  \(diagnostic.rendered)") }
                continue
            }
            var counts: [Severity: Int] = [:]
            for finding in report.findings { counts[finding.severity, default: 0] += 1 }
            for (severity, n) in counts { totals[severity, default: 0] += n }
            let mark = (counts[.error] ?? 0) > 0 || check.isUnreadable ? "✗" : "✓"
            out.append("\(mark) \(report.unitCode) \(report.unitName)（\(check.file)）：错误 \(counts[.error] ?? 0)，警告 \(counts[.warning] ?? 0)，提示 \(counts[.info] ?? 0)；"
                + "规则 通过 \(report.count(.passed))，不通过 \(report.count(.failed))，不适用 \(report.count(.notApplicable))，未检查 \(report.count(.notChecked))")
            for diagnostic in check.readDiagnostics { out.append("  \(diagnostic.rendered)") }
            for finding in report.findings where finding.severity >= minimum {
                let line = finding.line > 0 ? "第\(finding.line)行 " : ""
                out.append("  \(finding.severity.chineseName) [\(finding.ruleID)] \(line)\(finding.message)")
            }
            for entry in report.ledger where entry.status == .notChecked && minimum == .info {
                out.append("  未检查 [\(entry.ruleID)] \(entry.reason ?? "")")
            }
        }
        let unreadable = checks.filter(\.isUnreadable).count
        out.append("共 \(checks.count) 个文件：错误 \(totals[.error] ?? 0)，警告 \(totals[.warning] ?? 0)，提示 \(totals[.info] ?? 0)；未能完整读入 \(unreadable) 个")
        return out.joined(separator: "\n") + "\n"
    }

    /// JSON: an array of files, each with its read problems, findings and coverage ledger.
    public static func json(_ checks: [FileCheck]) throws -> String {
        struct FileJSON: Encodable {
            var file: String
            var unreadable: Bool
            var readProblems: [String]
            var report: UnitCheckReport?
        }
        let files = checks.map { FileJSON(file: $0.file, unreadable: $0.isUnreadable,
                                          readProblems: $0.readDiagnostics.map(\.rendered), report: $0.report) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(files), as: UTF8.self) + "\n"
    }

    /// The catalogue as text: id, severity, table, summary.
    public static func catalogueText() -> String {
        var out = ["规则目录：共 \(RuleCatalogue.all.count) 条（版本 \(RuleCatalogue.version)）"]
        for rule in RuleCatalogue.all {
            let d = rule.description
            out.append("\(d.id)\t\(d.severity.chineseName)\t\(d.table.rawValue)\t\(d.summary)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The catalogue as JSON.
    public static func catalogueJSON() throws -> String {
        struct RuleJSON: Encodable {
            var id, severity, table, summary, summaryEnglish, rationale, rationaleEnglish: String
            var isAmountRule: Bool
            var examples: [String]
        }
        let rules = RuleCatalogue.all.map { rule -> RuleJSON in
            let d = rule.description
            return RuleJSON(id: d.id, severity: d.severity.rawValue, table: d.table.rawValue, summary: d.summary,
                            summaryEnglish: d.summaryEnglish, rationale: d.rationale, rationaleEnglish: d.rationaleEnglish,
                            isAmountRule: d.isAmountRule, examples: d.examples.map { "\($0.expectation.rawValue): \($0.note)" })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rules), as: UTF8.self) + "\n"
    }
}
