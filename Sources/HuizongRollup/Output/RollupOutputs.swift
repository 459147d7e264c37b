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
        // The departments' texts in parallel: a department's consolidated view copies
        // from its plain sum's text all that the two print the same (T4 on).
        let departmentTexts = Parallel.map(Array(result.departments.indices), threads: threads) {
            index -> (plain: LayoutText?, view: [UInt8]?, csv: String?) in
            let department = result.departments[index]
            var plain: LayoutText?, view: [UInt8]?
            if formats.contains(.text) {
                let text = TextLayoutWriter.layout(department.budget)
                view = TextLayoutWriter.layout(department.consolidated, sharingTailWith: text).bytes
                plain = text
            }
            return (plain, view, formats.contains(.csv) ? BudgetCSVWriter.write(department.budget) : nil)
        }
        for (department, texts) in zip(result.departments, departmentTexts) {
            let base = "departments/\(department.code)"
            if let text = texts.plain, let view = texts.view {
                try put("\(base).txt", bytes: text.bytes)
                try put("\(base)-合并.txt", bytes: view)
            }
            if let csv = texts.csv { try put("\(base).csv", csv) }
        }
        let units = result.includedBudgets
        let procurement = ProcurementSummary.make(units: units, consolidated: result.district.procurement)
        let assets = AssetSummary.make(units: units, consolidated: result.district.assets)
        // The district's files and the tables are independent of one another: made in
        // parallel (the district's text copies its departments' procurement rows; a
        // district's reconciliations have a row per unit), then saved in this order.
        var tables: [(name: String, make: @Sendable () throws -> [UInt8])] = []
        if formats.contains(.text) {
            let parts = departmentTexts.compactMap(\.plain)
            tables.append(("district.txt", { TextLayoutWriter.layout(result.district, procurementParts: parts).bytes }))
        }
        if formats.contains(.csv) { tables.append(("district.csv", { Array(BudgetCSVWriter.write(result.district).utf8) })) }
        if formats.contains(.facts) { tables.append(("facts.csv", { Array(facts(result).utf8) })) }
        if formats.contains(.json) { tables.append(("budgets.json", { Array(try json(result).utf8) })) }
        let summaries: [(name: String, make: @Sendable () throws -> [UInt8])] = [
            ("procurement-by-catalog.csv", { RollupTables.procurementByCatalog(procurement) }),
            ("procurement-by-fund.csv", { RollupTables.procurementByFund(procurement) }),
            ("procurement-reconciliation.csv", { RollupTables.procurementReconciliation(procurement) }),
            ("assets.csv", { RollupTables.assets(result, assets) }),
            ("assets-reconciliation.csv", { RollupTables.assetReconciliation(assets) }),
            ("eliminations.csv", { RollupTables.eliminations(result) }),
            ("findings.csv", { RollupTables.findings(result) }),
            ("quarantine.csv", { RollupTables.quarantine(result) }),
            ("inputs.csv", { RollupInputs.csv(result) }),
            ("summary.txt", { RollupSummary.utf8(result, procurement: procurement, assets: assets) }),
        ]
        tables += summaries
        let made = Parallel.map(tables.map(\.make), threads: threads) { make in Result { try make() } }
        for (table, bytes) in zip(tables, made) { try put(table.name, bytes: bytes.get()) }
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
        // Units read in place (a copy of a loaded unit costs a reference count per field).
        var budgets: [Budget] = []
        budgets.reserveCapacity(units.count)
        for index in units.indices {
            guard !quarantinedFiles.contains(units[index].file), let budget = units[index].budget,
                  included.contains(budget.code) else { continue }
            budgets.append(budget)
        }
        return Rollup.sortedByCode(budgets)
    }
}
