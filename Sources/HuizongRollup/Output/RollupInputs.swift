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

    static func csv(_ result: RollupResult) -> [UInt8] {
        var departmentOf: [String: String] = [:]
        for department in result.departments {
            for code in department.unitCodes { departmentOf[code] = department.code }
        }
        let quarantinedFiles = Set(result.quarantined.map(\.file))
        // Units read in place (a copy of a loaded unit costs a reference count per field).
        let units = result.units
        let rows = units.indices.map { position -> [String] in
            let budget = units[position].budget
            let isSummed = !quarantinedFiles.contains(units[position].file)
            let findings = units[position].report?.findings ?? []
            let errors = findings.lazy.filter { $0.severity == .error }.count
            let warnings = findings.lazy.filter { $0.severity == .warning }.count
            return [String(position + 1), units[position].file, String(units[position].byteCount), units[position].sha256 ?? "",
                    budget?.code ?? "", budget?.name ?? "", budget?.year.map(String.init) ?? "",
                    isSummed ? budget.flatMap { departmentOf[$0.code] } ?? "" : "",
                    isSummed ? summed : quarantined, String(errors), String(warnings)]
        }
        return RollupTables.file(header: ["序号", "文件", "字节数", "SHA-256", "单位编码", "单位名称", "预算年度",
                                          "部门编码", "状态", "审核错误", "审核警告"], rows: rows)
    }
}
