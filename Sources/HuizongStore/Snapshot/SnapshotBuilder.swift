import Foundation
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules

/// Turns a roll-up into the content of a snapshot.
///
/// Stored are: every unit that was summed (its text from `TextLayoutWriter`, its findings
/// from the unit's check), every department's plain sum and the district total (text, the
/// findings of their checks and their tables' headline figures), and a manifest of every input with its size, SHA-256,
/// and — for quarantined inputs — the reasons.
public enum SnapshotBuilder {
    /// The snapshot content of `result`.
    ///
    /// - Parameters:
    ///   - result: The roll-up. Load units with `UnitLoader.load(…, fingerprint: ContentHash.sha256)`
    ///     so the manifest carries each input's SHA-256 without reading the files again.
    ///   - label: The snapshot's label (`2025 二上`).
    ///   - job: What made it (`rollup`, `job demo`).
    ///   - manifest: Manifest entries to use instead of those derived from `result.units`
    ///     (nil: derive them); `extraInputs` are appended either way (e.g. paths that could
    ///     not be listed).
    ///   - engineVersion: The engine's version.
    ///   - createdAt: When the run happened.
    ///   - threads: Threads for writing texts and encoding findings.
    public static func content(of result: RollupResult, label: String, job: String,
                               manifest: [ManifestEntry]? = nil, extraInputs: [ManifestEntry] = [],
                               engineVersion: String = "", createdAt: Date = Date(),
                               threads: Int? = nil) -> SnapshotContent {
        let departmentOf = Dictionary(result.departments.flatMap { department in
            department.unitCodes.map { ($0, department.code) }
        }, uniquingKeysWith: { first, _ in first })
        let quarantinedFiles = Set(result.quarantined.map(\.file))
        let summed = result.units.filter { unit in
            guard let code = unit.budget?.code else { return false }
            return !quarantinedFiles.contains(unit.file) && departmentOf[code] != nil
        }.sorted { $0.budget!.code < $1.budget!.code }
        let units = Parallel.map(summed, threads: threads) { unit in
            entry(unit.budget!, findings: unit.report?.findings ?? [], departmentCode: departmentOf[unit.budget!.code] ?? "",
                  file: unit.file)
        }
        let departments = Parallel.map(result.departments, threads: threads) { department in
            entry(department.budget, findings: department.report.findings, departmentCode: "", file: "", headlines: true)
        }
        let district = entry(result.district, findings: result.districtReport.findings, departmentCode: "", file: "", headlines: true)
        return SnapshotContent(
            label: label, job: job, year: result.year, district: result.district.name, createdAt: createdAt,
            engineVersion: engineVersion, catalogueVersion: RuleCatalogue.version,
            manifest: (manifest ?? Self.manifest(of: result)) + extraInputs,
            units: units, departments: departments, districtBudget: district)
    }

    /// One manifest entry per input of `result`, in input order; quarantined inputs carry
    /// their reasons joined by `；`. An input loaded without a fingerprint has an empty SHA-256.
    public static func manifest(of result: RollupResult) -> [ManifestEntry] {
        var reasons: [String: [String]] = [:]
        for item in result.quarantined { reasons[item.file, default: []] += item.reasons }
        return result.units.map { unit in
            let why = reasons[unit.file]
            return ManifestEntry(path: unit.file, size: unit.byteCount, sha256: unit.sha256 ?? "",
                                 status: why == nil ? .read : .quarantined, reason: why?.joined(separator: "；") ?? "",
                                 unitCode: unit.budget?.code)
        }
    }

    /// One budget's entry: canonical text and findings JSON, and with `headlines` the
    /// tables' headline figures (recorded for departments and the district).
    public static func entry(_ budget: Budget, findings: [Finding], departmentCode: String, file: String,
                             headlines: Bool = false) -> SnapshotContent.Entry {
        SnapshotContent.Entry(
            code: budget.code, name: budget.name, departmentCode: departmentCode, file: file,
            text: TextLayoutWriter.utf8(budget), findingsJSON: findingsJSON(findings),
            errorCount: findings.count { $0.severity == .error }, warningCount: findings.count { $0.severity == .warning },
            headlineTotals: headlines ? TableTotals.of(budget) : nil)
    }

    /// Findings as JSON with sorted keys, so equal findings give equal bytes (and one blob).
    public static func findingsJSON(_ findings: [Finding]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(findings))) ?? Array("[]".utf8)
    }
}
