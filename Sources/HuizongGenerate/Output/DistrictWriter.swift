import Foundation
import HuizongModel

/// Writes a district to a directory: one `<unitcode>-<year>.txt` per unit (the seed's tab
/// layout, via `TextLayoutWriter`), `hierarchy.csv` (`单位编码,单位名称,部门编码,部门名称`),
/// `flows.csv` (the internal flows, mismatches marked) and `district.json`.
public struct DistrictWriter: Sendable {
    /// The output directory.
    public let directory: String

    /// A writer into `directory` (created when missing).
    public init(directory: String) throws {
        self.directory = directory
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw GenerationError("无法创建目录 \(directory)：\(error.localizedDescription)")
        }
    }

    /// The path of `name` in the directory.
    public func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Writes `data` to file `name`.
    public func write(_ data: Data, to name: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path(name))) } catch {
            throw GenerationError("无法写入 \(path(name))：\(error.localizedDescription)")
        }
    }

    /// Writes `text` (UTF-8) to file `name`.
    public func write(_ text: String, to name: String) throws { try write(Data(text.utf8), to: name) }

    /// Writes each unit's text to `<unitcode>-<year>.txt`.
    public func write(_ units: [GeneratedUnit]) throws {
        for unit in units { try write(unit.text, to: unit.fileName) }
    }

    /// One line of `hierarchy.csv`.
    public struct HierarchyRow: Sendable, Hashable {
        public var unitCode: String, unitName: String, departmentCode: String, departmentName: String
        public init(unitCode: String, unitName: String, departmentCode: String, departmentName: String) {
            self.unitCode = unitCode; self.unitName = unitName
            self.departmentCode = departmentCode; self.departmentName = departmentName
        }
    }

    /// The hierarchy of `plan` plus the `included` units (in their code's department).
    public static func hierarchy(_ plan: DistrictPlan, included: [DistrictManifest.IncludedUnit]) -> [HierarchyRow] {
        var rows = plan.units.map { HierarchyRow(unitCode: $0.code, unitName: $0.name, departmentCode: $0.departmentCode,
                                                 departmentName: $0.departmentName) }
        for unit in included {
            let department = plan.departments.first { unit.code.hasPrefix($0.code) }
            rows.append(HierarchyRow(unitCode: unit.code, unitName: unit.name, departmentCode: String(unit.code.prefix(3)),
                                     departmentName: department?.name ?? ""))
        }
        return rows.sorted { $0.unitCode < $1.unitCode }
    }

    /// Writes `hierarchy.csv`.
    public func writeHierarchy(_ rows: [HierarchyRow]) throws {
        var text = "单位编码,单位名称,部门编码,部门名称\n"
        for row in rows {
            text += [row.unitCode, row.unitName, row.departmentCode, row.departmentName].map(Self.csvField).joined(separator: ",") + "\n"
        }
        try write(text, to: "hierarchy.csv")
    }

    /// Writes `flows.csv`: every internal flow with both sides' amounts (万元) and whether they match.
    public func writeFlows(_ flows: [InternalFlow], plan: DistrictPlan) throws {
        var text = "department_code,kind,function_code,function_name,payer_code,payer_name,payer_amount,payee_code,payee_name,payee_amount,matched\n"
        for flow in flows {
            let fields = [flow.departmentCode, flow.kind.rawValue, flow.functionCode, FunctionCodes.names[flow.functionCode] ?? "",
                          flow.payerCode, plan.unit(flow.payerCode)?.name ?? "", Amount(wanHundredths: flow.payerHundredths).text(),
                          flow.payeeCode, plan.unit(flow.payeeCode)?.name ?? "", Amount(wanHundredths: flow.payeeHundredths).text(),
                          flow.isMatched ? "yes" : "no"]
            text += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        try write(text, to: "flows.csv")
    }

    /// Writes `district.json`.
    public func writeManifest(_ manifest: DistrictManifest) throws {
        try write(try manifest.json(), to: DistrictManifest.fileName)
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
