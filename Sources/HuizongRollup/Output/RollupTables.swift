import HuizongModel
import HuizongParse
import HuizongRules

/// The CSV tables of a roll-up (UTF-8 with BOM), as the bytes of their files.
enum RollupTables {
    static func amount(_ value: Amount?) -> String { value?.text() ?? "" }

    /// ``CSV/file(header:rows:bom:)`` with a BOM, as its UTF-8 bytes: no `String` is made
    /// (and validated) only to be written out as bytes.
    static func file(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(64 * (rows.count + 1))
        CSV.append(header, to: &out)
        for row in rows { CSV.append(row, to: &out) }
        return out
    }

    static func procurementByCatalog(_ summary: ProcurementSummary) -> [UInt8] {
        file(header: ["政府采购目录序号", "采购物品名称", "条目数", "数量", "采购金额合计"],
                 rows: summary.byCatalog.map { [$0.catalogCode, $0.itemNames.joined(separator: "、"), String($0.itemCount),
                                                $0.quantity?.description ?? "", $0.amount.text()] })
    }

    static func procurementByFund(_ summary: ProcurementSummary) -> [UInt8] {
        var rows = summary.byFund.map { [$0.fund, $0.amount.text()] }
        rows.append(["汇总表合计与各单位之和一致", summary.isReconciled ? "是" : "否"])
        return file(header: ["资金来源", "采购金额"], rows: rows)
    }

    static func procurementReconciliation(_ summary: ProcurementSummary) -> [UInt8] {
        let columns = TableSchema.procurementAmounts
        var header = ["单位编码", "单位名称"]
        for column in columns { header += ["采购·\(column)", "预算·\(column)"] }
        header += ["超出预算的资金来源", "采购超出项目预算资金的项目"]
        var out = CSVLines(header: header, lines: summary.units.count, lineLength: 200)
        for unit in summary.units {
            out.field(unit.unitCode)
            out.field(unit.unitName)
            for index in columns.indices {
                out.field(unit.procurement[index])
                out.field(unit.available[index])
            }
            out.field(unit.exceeded.joined(separator: "、"))
            out.field(unit.projectsOverBudget.joined(separator: "、"))
            out.endLine()
        }
        return out.bytes
    }

    static func assets(_ result: RollupResult, _ summary: AssetSummary) -> [UInt8] {
        var rows: [[String]] = summary.categories.map { ["全区", $0.label, $0.quantity?.description ?? "", amount($0.value)] }
        for department in result.departments {
            for row in department.budget.assets?.rows ?? [] {
                rows.append([department.code, row.label.trimmingAllWhitespace, row.quantities.first??.description ?? "",
                             amount(row.amounts.first ?? nil)])
            }
        }
        return file(header: ["范围", "项目", "数量", TableSchema.assetValue], rows: rows)
    }

    static func assetReconciliation(_ summary: AssetSummary) -> [UInt8] {
        var out = CSVLines(header: ["单位编码", "单位名称", "资产总额", "情况说明·上年末固定资产金额", "政府采购·固定资产购置",
                                    "情况说明·拟购置固定资产总额", "一致"],
                           lines: summary.units.count, lineLength: 100)
        for unit in summary.units {
            out.field(unit.unitCode)
            out.field(unit.unitName)
            out.field(unit.assetTotal)
            out.field(unit.narrativeAssets)
            out.field(unit.plannedPurchases)
            out.field(unit.narrativePlanned)
            out.field(unit.isReconciled ? "是" : "否")
            out.endLine()
        }
        return out.bytes
    }

    static func eliminations(_ result: RollupResult) -> [UInt8] {
        var rows: [[String]] = []
        for department in result.departments {
            for pair in department.eliminations.pairs {
                rows.append([department.code, department.name, pair.kind.rawValue, pair.functionCode, pair.functionName,
                             pair.income.text(), pair.incomeUnits.joined(separator: "、"),
                             pair.expenditure.text(), pair.expenditureUnits.joined(separator: "、"),
                             pair.matched.text(), pair.unmatched.text(), pair.unmatched == .zero ? "已抵销" : "不匹配"])
            }
        }
        return file(header: ["部门编码", "部门名称", "往来类型", "功能分类科目编码", "科目名称", "收入方金额", "收入方单位",
                                 "支出方金额", "支出方单位", "抵销金额", "差额（收入−支出）", "状态"], rows: rows)
    }

    static func findings(_ result: RollupResult) -> [UInt8] {
        var rows: [[String]] = []
        // Each report's findings are taken, not the report (a copy of a report costs a
        // count on each of its lists and texts, objects of units read long before).
        func add(_ level: String, _ file: String, _ findings: [Finding]) {
            for finding in findings {
                rows.append([level, finding.unitCode, finding.unitName, file, finding.severity.chineseName, finding.ruleID,
                             finding.cell.table.rawValue, finding.cell.row, finding.rowName, finding.cell.column,
                             amount(finding.expected), amount(finding.actual), amount(finding.difference),
                             finding.line > 0 ? String(finding.line) : "", finding.message])
            }
        }
        // Units read in place (a copy of a loaded unit costs a reference count per field).
        for index in result.units.indices { add("unit", result.units[index].file, result.units[index].report?.findings ?? []) }
        for index in result.departments.indices { add("department", "", result.departments[index].report.findings) }
        add("district", "", result.districtReport.findings)
        return file(header: ["级次", "单位编码", "单位名称", "文件", "严重程度", "规则", "表", "行", "行名称", "栏", "应为", "实为", "差额", "行号", "说明"],
                        rows: rows)
    }

    static func quarantine(_ result: RollupResult) -> [UInt8] {
        file(header: ["文件", "单位编码", "原因"],
                 rows: result.quarantined.map { [$0.file, $0.unitCode ?? "", $0.reasons.joined(separator: "；")] })
    }
}
