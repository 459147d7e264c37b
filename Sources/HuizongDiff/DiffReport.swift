import Foundation
import HuizongModel
import HuizongParse
import HuizongRules

/// Renders a snapshot comparison: summary first, then each changed unit, then findings.
public enum DiffReport {
    /// Text for people.
    public static func text(_ diff: SnapshotComparison, detailLimit: Int = .max) -> String {
        var out: [String] = []
        out.append("比较：\(diff.old) → \(diff.new)\(diff.acrossYears ? "（跨年度，按单位编码对应）" : "")")
        out.append("单位：新增 \(diff.added.count)，减少 \(diff.removed.count)，变动 \(diff.changed.count)，未变 \(diff.unchangedCount)")
        for entry in diff.added { out.append("  新增 \(entry.code) \(entry.name)") }
        for entry in diff.removed { out.append("  减少 \(entry.code) \(entry.name)") }
        if !diff.totals.isEmpty {
            out.append("")
            out.append("各部门及全区主要数字变动（万元）：")
            for total in diff.totals {
                let scope = total.scope == "全区" ? "全区" : "部门 \(total.scope) \(total.scopeName)"
                out.append("  \(scope) \(total.table.label) \(total.label)：\(total.old?.text() ?? "（空）") → \(total.new?.text() ?? "（空）")，\(total.change.signedText)")
            }
        }
        for (index, unit) in diff.changed.enumerated() where index < detailLimit {
            out.append("")
            out.append("单位 \(unit.code) \(unit.name)：")
            for move in unit.difference.moves {
                out.append("  调整科目 \(move.table.label) 「\(move.column)」：\(move.amount.text()) 由 \(move.fromCode) \(move.fromName) 调至 \(move.toCode) \(move.toName)")
            }
            for change in unit.difference.changes {
                out.append("  \(change.address.table.label) \(rowLabel(change)) 「\(change.address.column)」：\(change.old?.text() ?? "（空）") → \(change.new?.text() ?? "（空）")，\(change.change.signedText)")
            }
        }
        if diff.changed.count > detailLimit { out.append("（另有 \(diff.changed.count - detailLimit) 个变动单位未列出）") }
        if !diff.findings.isEmpty {
            out.append("")
            out.append("审核结果变化：")
            for unit in diff.findings {
                for finding in unit.appeared { out.append("  新出现 \(unit.code) [\(finding.ruleID)] \(finding.message)") }
                for finding in unit.fixed { out.append("  已消除 \(unit.code) [\(finding.ruleID)] \(finding.message)") }
            }
        }
        if !diff.hasDifferences { out.append("无差异。") }
        return out.joined(separator: "\n") + "\n"
    }

    /// The row as people name it: code and name for classified rows, else the name.
    static func rowLabel(_ change: CellChange) -> String {
        let isCode = change.address.row.utf8.count >= 3 && change.address.row.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && [.t2, .t3, .t5, .t6, .t7, .t8].contains(change.address.table)
        return isCode ? "\(change.address.row) \(change.rowName)" : change.rowName
    }

    /// CSV: one line per change (kind: unit_added, unit_removed, total, cell, move, finding_appeared, finding_fixed).
    public static func csv(_ diff: SnapshotComparison) -> String {
        var rows: [[String]] = []
        for e in diff.added { rows.append(["unit_added", e.code, e.name, "", "", "", "", "", "", ""]) }
        for e in diff.removed { rows.append(["unit_removed", e.code, e.name, "", "", "", "", "", "", ""]) }
        for t in diff.totals {
            rows.append(["total", t.scope, t.scopeName, t.table.rawValue, "", t.label, "", t.old?.text() ?? "", t.new?.text() ?? "", t.change.text()])
        }
        for unit in diff.changed {
            for m in unit.difference.moves {
                rows.append(["move", unit.code, unit.name, m.table.rawValue, "\(m.fromCode)→\(m.toCode)", "\(m.fromName)→\(m.toName)",
                             m.column, "", "", m.amount.text()])
            }
            for c in unit.difference.changes {
                rows.append(["cell", unit.code, unit.name, c.address.table.rawValue, c.address.row, c.rowName, c.address.column,
                             c.old?.text() ?? "", c.new?.text() ?? "", c.change.text()])
            }
        }
        for unit in diff.findings {
            for f in unit.appeared { rows.append(["finding_appeared", unit.code, unit.name, f.table.rawValue, f.cell.row, f.ruleID, f.cell.column, "", "", f.message]) }
            for f in unit.fixed { rows.append(["finding_fixed", unit.code, unit.name, f.table.rawValue, f.cell.row, f.ruleID, f.cell.column, "", "", f.message]) }
        }
        return CSV.file(header: ["kind", "code", "name", "table", "row", "row_name", "column", "old", "new", "change"], rows: rows)
    }

    /// JSON for programs.
    public static func json(_ diff: SnapshotComparison) throws -> String {
        struct Unit: Encodable { var code, name, departmentCode: String; var moves: [Move]; var changes: [CellChange] }
        struct Total: Encodable { var scope, scopeName, table, label: String; var old, new: Amount?; var change: Amount }
        struct Findings: Encodable { var code, name: String; var appeared, fixed: [Finding] }
        struct Output: Encodable {
            var old, new: String
            var acrossYears: Bool
            var added, removed: [String]
            var unchanged: Int
            var totals: [Total]
            var changed: [Unit]
            var findings: [Findings]
        }
        let output = Output(old: diff.old, new: diff.new, acrossYears: diff.acrossYears,
                            added: diff.added.map(\.code), removed: diff.removed.map(\.code), unchanged: diff.unchangedCount,
                            totals: diff.totals.map { Total(scope: $0.scope, scopeName: $0.scopeName, table: $0.table.rawValue, label: $0.label,
                                                            old: $0.old, new: $0.new, change: $0.change) },
                            changed: diff.changed.map { Unit(code: $0.code, name: $0.name, departmentCode: $0.departmentCode,
                                                             moves: $0.difference.moves, changes: $0.difference.changes) },
                            findings: diff.findings.map { Findings(code: $0.code, name: $0.name, appeared: $0.appeared, fixed: $0.fixed) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self) + "\n"
    }
}
