import Foundation
import HuizongModel
import HuizongParse
import HuizongRules

/// The output formats of a roll-up.
public enum RollupFormat: String, Sendable, CaseIterable, Codable {
    /// Each consolidated budget in the seed's text layout.
    case text
    /// Each consolidated budget as a CSV in the tables' shape.
    case csv
    /// The long facts CSV of every unit, department and the district.
    case facts
    /// The consolidated budgets as JSON.
    case json
}

/// Writes the files of a roll-up into a folder. Every file is listed in `files` of the
/// returned manifest; the caller decides whether the folder is final or temporary.
public enum RollupOutputs {
    /// Writes `result` to `folder` in `formats` (texts made on `threads` threads, default
    /// one per core); returns the relative paths written.
    @discardableResult
    public static func write(_ result: RollupResult, to folder: URL, formats: Set<RollupFormat>, threads: Int? = nil) throws -> [String] {
        var written: [String] = []
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("departments"), withIntermediateDirectories: true)
        func put(_ relative: String, _ text: String) throws { try put(relative, bytes: Array(text.utf8)) }
        func put(_ relative: String, bytes: [UInt8]) throws {
            try OutputFile.write(bytes, to: folder.appendingPathComponent(relative).path)
            written.append(relative)
        }
        // The consolidated budgets' texts are written in parallel (the district, the
        // largest, first), then saved in order.
        let budgets = [result.district] + result.departments.flatMap { [$0.budget, $0.consolidated] }
        let texts = Parallel.map(Array(budgets.indices), threads: threads) { index -> (text: [UInt8]?, csv: String?) in
            let isConsolidatedView = index > 0 && index % 2 == 0
            return (formats.contains(.text) ? TextLayoutWriter.utf8(budgets[index]) : nil,
                    formats.contains(.csv) && !isConsolidatedView ? BudgetCSVWriter.write(budgets[index]) : nil)
        }
        for (position, department) in result.departments.enumerated() {
            let base = "departments/\(department.code)"
            let plain = texts[1 + 2 * position], consolidated = texts[2 + 2 * position]
            if let text = plain.text, let view = consolidated.text {
                try put("\(base).txt", bytes: text)
                try put("\(base)-合并.txt", bytes: view)
            }
            if let csv = plain.csv { try put("\(base).csv", csv) }
        }
        if let text = texts[0].text { try put("district.txt", bytes: text) }
        if let csv = texts[0].csv { try put("district.csv", csv) }
        let units = result.includedBudgets
        let procurement = ProcurementSummary.make(units: units, consolidated: result.district.procurement)
        let assets = AssetSummary.make(units: units, consolidated: result.district.assets)
        // The tables are independent of one another: made in parallel (a district's
        // reconciliations have a row per unit), then saved in this order.
        var tables: [(name: String, make: @Sendable () throws -> String)] = []
        if formats.contains(.facts) { tables.append(("facts.csv", { facts(result) })) }
        if formats.contains(.json) { tables.append(("budgets.json", { try json(result) })) }
        let summaries: [(name: String, make: @Sendable () throws -> String)] = [
            ("procurement-by-catalog.csv", { RollupTables.procurementByCatalog(procurement) }),
            ("procurement-by-fund.csv", { RollupTables.procurementByFund(procurement) }),
            ("procurement-reconciliation.csv", { RollupTables.procurementReconciliation(procurement) }),
            ("assets.csv", { RollupTables.assets(result, assets) }),
            ("assets-reconciliation.csv", { RollupTables.assetReconciliation(assets) }),
            ("eliminations.csv", { RollupTables.eliminations(result) }),
            ("findings.csv", { RollupTables.findings(result) }),
            ("quarantine.csv", { RollupTables.quarantine(result) }),
            ("inputs.csv", { RollupInputs.csv(result) }),
            ("summary.txt", { RollupSummary.text(result, procurement: procurement, assets: assets) }),
        ]
        tables += summaries
        let made = Parallel.map(tables.map(\.make), threads: threads) { make in Result { try make() } }
        for (table, text) in zip(tables, made) { try put(table.name, text.get()) }
        // Files are written without a flush each; one flush of the file system makes them
        // all durable before the roll-up reports success.
        OutputFile.flushToDisk()
        return written
    }

    /// Facts of every unit summed, every department and the district.
    static func facts(_ result: RollupResult) -> String {
        var out = CSV.byteOrderMark + FactsWriter.header + "\n"
        for budget in result.includedBudgets {
            for line in FactsWriter.lines(for: budget, level: "unit") { out += line + "\n" }
        }
        for department in result.departments {
            for line in FactsWriter.lines(for: department.budget, level: "department") { out += line + "\n" }
        }
        for line in FactsWriter.lines(for: result.district, level: "district") { out += line + "\n" }
        return out
    }

    /// The consolidated budgets as JSON (departments, their 合并 views, the district).
    static func json(_ result: RollupResult) throws -> String {
        struct Output: Encodable {
            var departments: [Budget]
            var consolidated: [Budget]
            var district: Budget
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let output = Output(departments: result.departments.map(\.budget), consolidated: result.departments.map(\.consolidated),
                            district: result.district)
        return String(decoding: try encoder.encode(output), as: UTF8.self) + "\n"
    }
}

extension RollupResult {
    /// The unit budgets that were summed, in department then unit order.
    public var includedBudgets: [Budget] {
        let included = Set(departments.flatMap(\.unitCodes))
        let quarantinedFiles = Set(quarantined.map(\.file))
        return units.compactMap { unit in
            guard !quarantinedFiles.contains(unit.file), let budget = unit.budget, included.contains(budget.code) else { return nil }
            return budget
        }.sorted { $0.code < $1.code }
    }
}
