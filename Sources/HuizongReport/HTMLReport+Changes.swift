import HuizongModel
import HuizongRules
import HuizongDiff

extension HTMLReport {
    /// Section 八: what changed since the comparison: counts, headline totals, changed units, findings.
    static func changes(_ input: Input, into page: inout HTMLBuffer) {
        page.openSection(id: sections[7].id, title: sections[7].title)
        guard let diff = input.comparison else {
            page.note("无比较对象：本次运行没有与其他快照比较。")
            page.closeSection()
            return
        }
        let name = input.comparisonName ?? diff.old
        let across = diff.acrossYears ? "（跨年度，按单位编码对应）" : ""
        page.note(name == diff.old ? "比较：\(diff.old) → \(diff.new)\(across)。" : "比较对象：\(name)（\(diff.old) → \(diff.new)）\(across)。")
        let appeared = diff.findings.reduce(0) { $0 + $1.appeared.count }
        let fixed = diff.findings.reduce(0) { $0 + $1.fixed.count }
        page.markup("<div class=\"kpis\">")
        figure("新增单位", count: diff.added.count, alert: "warn", into: &page)
        figure("减少单位", count: diff.removed.count, alert: "warn", into: &page)
        figure("变动单位", count: diff.changed.count, alert: "warn", into: &page)
        figure("未变单位", count: diff.unchangedCount, into: &page)
        figure("新出现的问题", count: appeared, alert: "bad", into: &page)
        figure("已消除的问题", count: fixed, alert: "ok", into: &page)
        page.markup("</div>\n")
        guard diff.hasDifferences else {
            page.note("与比较对象无任何差异。", class: "note ok")
            page.closeSection()
            return
        }
        let entries = diff.added.map { ("新增", $0) } + diff.removed.map { ("减少", $0) }
        if !entries.isEmpty {
            page.element("h3", "新增与减少的单位")
            page.table([.code("变化"), .code("单位编码"), .text("单位名称"), .code("部门编码")],
                       rows: entries.map { [.text($0.0), .code($0.1.code), .text($0.1.name), .code($0.1.departmentCode)] })
        }
        totals(diff, into: &page)
        changedUnits(diff, limit: input.changedUnitLimit, cellLimit: input.messageLimit, into: &page)
        findingChanges(diff, into: &page)
        page.closeSection()
    }

    /// The headline figures that changed, the district first, then the departments.
    static func totals(_ diff: SnapshotComparison, into page: inout HTMLBuffer) {
        guard !diff.totals.isEmpty else { return }
        page.element("h3", "全区及各部门主要数字的变动（万元）")
        let ordered = diff.totals.filter { $0.scope == "全区" } + diff.totals.filter { $0.scope != "全区" }
        page.table([.text("范围"), .code("表"), .text("项目"), .number("原数"), .number("现数"), .number("变动")],
                   rows: ordered.map { total in
                       [.text(total.scope == "全区" ? "全区 \(total.scopeName)" : "部门 \(total.scope) \(total.scopeName)"),
                        .text(total.table.label), .text(total.label), .amount(total.old), .amount(total.new), .change(total.change)]
                   })
    }

    /// The first `limit` changed units, each collapsible, with its moves and cell changes.
    static func changedUnits(_ diff: SnapshotComparison, limit: Int, cellLimit: Int, into page: inout HTMLBuffer) {
        guard !diff.changed.isEmpty else { return }
        page.element("h3", "变动的单位（\(diff.changed.count) 个\(diff.changed.count > limit ? "，列出前 \(limit) 个" : "")）")
        for unit in diff.changed.prefix(limit) {
            let moves = unit.difference.moves, cells = unit.difference.changes
            page.markup("<details class=\"unit\"><summary><span class=\"code\">\(esc(unit.code))</span> \(esc(unit.name))")
            if !moves.isEmpty { page.markup(" <span class=\"tag\">调整科目 \(moves.count)</span>") }
            if !cells.isEmpty { page.markup(" <span class=\"tag\">变动 \(cells.count) 格</span>") }
            page.markup("</summary>\n")
            if !moves.isEmpty {
                page.table([.code("表"), .code("栏"), .text("由"), .text("调至"), .number("金额")],
                           rows: moves.map { move in
                               [.text(move.table.label), .text(move.column), .text("\(move.fromCode) \(move.fromName)"),
                                .text("\(move.toCode) \(move.toName)"), .amount(move.amount)]
                           })
            }
            if !cells.isEmpty {
                page.table([.code("表"), .text("行"), .code("栏"), .number("原数"), .number("现数"), .number("变动")],
                           rows: cells.prefix(cellLimit).map { change in
                               [.text(change.address.table.label), .text(rowLabel(change)), .text(change.address.column),
                                .amount(change.old), .amount(change.new), .change(change.change)]
                           })
                if cells.count > cellLimit { page.note("另有 \(cells.count - cellLimit) 格变动未列出。") }
            }
            page.markup("</details>\n")
        }
        if diff.changed.count > limit { page.note("另有 \(diff.changed.count - limit) 个变动单位未列出（见 huizong diff 的完整输出）。") }
    }

    /// A changed cell's row as people name it: code and name for classified rows, else the name.
    static func rowLabel(_ change: CellChange) -> String {
        let row = change.address.row
        let isCode = row.utf8.count >= 3 && row.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && [.t2, .t3, .t5, .t6, .t7, .t8].contains(change.address.table)
        return isCode ? "\(row) \(change.rowName)" : change.rowName
    }

    /// Findings (warnings and errors) that appeared or were fixed, per unit.
    static func findingChanges(_ diff: SnapshotComparison, into page: inout HTMLBuffer) {
        guard !diff.findings.isEmpty else { return }
        page.element("h3", "审核结果的变化")
        var rows: [[Cell]] = []
        for unit in diff.findings {
            for (state, list) in [("新出现", unit.appeared), ("已消除", unit.fixed)] {
                for finding in list {
                    let stateTag = state == "新出现" ? "bad" : "ok"
                    let severityTag = finding.severity == .error ? "bad" : "warn"
                    rows.append([.lines([unit.code, unit.name]),
                                 .markup("<span class=\"tag \(stateTag)\">\(esc(state))</span> <span class=\"tag \(severityTag)\">\(esc(finding.severity.chineseName))</span>"),
                                 .markup("<span class=\"rule\">[\(esc(finding.ruleID))]</span> \(esc(finding.message))")])
                }
            }
        }
        page.table([.text("单位"), .code("变化"), .text("说明")],
                   rows: rows, class: "finding-changes")
    }
}
