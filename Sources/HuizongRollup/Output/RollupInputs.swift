import HuizongModel
import HuizongParse
import HuizongRules

/// The run's manifest of inputs (`inputs.csv`): every file the roll-up saw, in input
/// order, with its size, the SHA-256 of the bytes that were parsed, the unit it holds,
/// whether it was summed or quarantined, and what its check found.
///
/// With it, a consolidation can be traced to the exact files behind it without a
/// snapshot store: a file changed later no longer matches its hash.
enum RollupInputs {
    /// 汇总 (summed) or 隔离 (quarantined, reason in `quarantine.csv`).
    static let summed = "已汇总", quarantined = "已隔离"

    /// The file's bytes (UTF-8 with BOM), written field by field (no `[String]` per line
    /// and no `String` per number).
    static func csv(_ result: RollupResult) -> [UInt8] {
        var departmentOf: [String: String] = [:]
        departmentOf.reserveCapacity(result.departments.reduce(0) { $0 + $1.unitCodes.count })
        for department in result.departments {
            for code in department.unitCodes { departmentOf[code] = department.code }
        }
        let quarantinedFiles = Set(result.quarantined.map(\.file))
        // Units read in place (a copy of a loaded unit costs a reference count per field).
        let units = result.units
        var out = CSVLines(header: ["序号", "文件", "字节数", "SHA-256", "单位编码", "单位名称", "预算年度",
                                    "部门编码", "状态", "审核错误", "审核警告"],
                           lines: units.count, lineLength: 160)
        for position in units.indices {
            let isSummed = !quarantinedFiles.contains(units[position].file)
            var errors = 0, warnings = 0
            // Severities read in place, through the unit (neither the report's list nor a
            // finding is copied: each copy is a count on an object of the unit, cold by
            // now and read by the other outputs' threads at the same time).
            if units[position].report != nil {
                for index in 0..<units[position].report!.findings.count {
                    switch units[position].report!.findings[index].severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    default: break
                    }
                }
            }
            out.field(position + 1)
            out.field(units[position].file)
            out.field(units[position].byteCount)
            out.field(units[position].sha256 ?? "")
            // The budget's fields read through the unit, the budget not copied.
            let hasBudget = units[position].budget != nil
            out.field(hasBudget ? units[position].budget!.code : "")
            out.field(hasBudget ? units[position].budget!.name : "")
            if hasBudget, let year = units[position].budget!.year { out.field(year) } else { out.field("") }
            out.field(isSummed && hasBudget ? departmentOf[units[position].budget!.code] ?? "" : "")
            out.field(isSummed ? summed : quarantined)
            out.field(errors)
            out.field(warnings)
            out.endLine()
        }
        return out.bytes
    }
}
