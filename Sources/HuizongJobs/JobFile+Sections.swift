import Foundation
import HuizongRules
import Yams

extension JobParser {
    /// `rules: {tolerance, disable, severity}`.
    mutating func parseRules() -> (Tolerance, Set<String>, [String: Severity]) {
        var tolerance = Tolerance.exact
        var disabled: Set<String> = []
        var severities: [String: Severity] = [:]
        guard let node = value("rules") else { return (tolerance, disabled, severities) }
        guard let map = node.mapping else { problem(node, "rules 应为映射（tolerance、disable、severity）"); return (tolerance, disabled, severities) }
        let known = Set(RuleCatalogue.all.map { $0.description.id })
        for (key, item) in map {
            switch key.string ?? "" {
            case "tolerance":
                if let t = item.string.flatMap(Tolerance.init(rawValue:)) { tolerance = t } else { problem(item, "rules.tolerance 应为 exact 或 rounding") }
            case "disable":
                for id in item.sequence.map(Array.init) ?? [] {
                    guard let text = id.string else { problem(id, "rules.disable 的每一项应为规则编号"); continue }
                    if known.contains(text) { disabled.insert(text) } else { problem(id, "未知的规则编号 \(text)（huizong rules 列出全部规则）") }
                }
                if item.sequence == nil { problem(item, "rules.disable 应为规则编号的列表") }
            case "severity":
                guard let entries = item.mapping else { problem(item, "rules.severity 应为 规则编号: error|warning|info 的映射"); continue }
                for (id, level) in entries {
                    let text = id.string ?? ""
                    if !known.contains(text) { problem(id, "未知的规则编号 \(text)（huizong rules 列出全部规则）") }
                    if let severity = level.string.flatMap(Severity.init(rawValue:)) { severities[text] = severity }
                    else { problem(level, "严重程度应为 error、warning 或 info") }
                }
            default:
                problem(key, "rules 中未知的键 \(key.string ?? "?")：可用 tolerance、disable、severity")
            }
        }
        return (tolerance, disabled, severities)
    }

    /// `outputs: {folder, formats}`.
    mutating func parseOutputs(name: String) -> (String, Set<JobFormat>) {
        var folder = resolve("../out/\(name)")
        var formats: Set<JobFormat> = Set(JobFormat.allCases)
        guard let node = value("outputs") else { return (folder, formats) }
        guard let map = node.mapping else { problem(node, "outputs 应为映射（folder、formats）"); return (folder, formats) }
        for (key, item) in map {
            switch key.string ?? "" {
            case "folder":
                if let text = item.string { folder = resolve(expand(text)) } else { problem(item, "outputs.folder 应为目录路径") }
            case "formats":
                formats = []
                for f in item.sequence.map(Array.init) ?? [] {
                    if let format = f.string.flatMap(JobFormat.init(rawValue:)) { formats.insert(format) }
                    else { problem(f, "未知的输出格式 \(f.string ?? "?")：可用 \(JobFormat.allCases.map(\.rawValue).joined(separator: ", "))") }
                }
                if item.sequence == nil { problem(item, "outputs.formats 应为列表，如 [text, csv, facts, html]") }
            default:
                problem(key, "outputs 中未知的键 \(key.string ?? "?")：可用 folder、formats")
            }
        }
        return (folder, formats)
    }

    /// `compare: previous | last_year | none | {label: "2025 一上"}`.
    mutating func parseCompare() -> JobFile.Comparison {
        guard let node = value("compare") else { return .previous }
        if let text = node.string, node.mapping == nil {
            switch text {
            case "previous": return .previous
            case "last_year": return .lastYear
            case "none": return .none
            default: problem(node, "compare 应为 previous、last_year、none，或 {label: 快照标签}"); return .previous
            }
        }
        if let map = node.mapping, let label = string("label", in: map, context: "compare.") { return .label(label) }
        problem(node, "compare 应为 previous、last_year、none，或 {label: 快照标签}")
        return .previous
    }

    /// `fail_on: error | warning | info | never`.
    mutating func parseFailOn() -> JobFile.FailOn {
        guard let node = value("fail_on") else { return .severity(.error) }
        if node.string == "never" { return .never }
        if let severity = node.string.flatMap(Severity.init(rawValue:)) { return .severity(severity) }
        problem(node, "fail_on 应为 error、warning、info 或 never")
        return .severity(.error)
    }
}
