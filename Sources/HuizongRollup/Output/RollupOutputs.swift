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
        // The departments' texts in parallel, each saved by the thread that made it: a
        // department's consolidated view copies from its plain sum's text all that the two
        // print the same (T4 on). The files are listed (or the first failure thrown) in
        // department order.
        let departmentTexts = Parallel.map(Array(result.departments.indices), threads: threads) {
            index -> (plain: LayoutText?, saved: SavedFiles) in
            let department = result.departments[index]
            let base = "departments/\(department.code)"
            var plain: LayoutText?
            var files: [(String, [UInt8])] = []
            if formats.contains(.text) {
                let text = TextLayoutWriter.layout(department.budget)
                files.append(("\(base).txt", text.bytes))
                files.append(("\(base)-合并.txt", TextLayoutWriter.layout(department.consolidated, sharingTailWith: text).bytes))
                plain = text
            }
            if formats.contains(.csv) { files.append(("\(base).csv", Array(BudgetCSVWriter.write(department.budget).utf8))) }
            return (plain, save(files, in: folder))
        }
        for texts in departmentTexts { written += try texts.saved.get() }
        let units = result.includedBudgets
        let procurement = ProcurementSummary.make(units: units, consolidated: result.district.procurement, threads: threads)
        let assets = AssetSummary.make(units: units, consolidated: result.district.assets, threads: threads)
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
        // Made and saved largest first (the district's text, then the tables with a line
        // per unit), so that no long one is left to run alone at the end; listed (or the
        // first failure thrown) in the order above.
        let largest = ["district.txt", "facts.csv", "budgets.json", "district.csv", "inputs.csv",
                       "procurement-reconciliation.csv", "assets-reconciliation.csv"]
        let order = tables.indices.sorted {
            (largest.firstIndex(of: tables[$0].name) ?? largest.count, $0) < (largest.firstIndex(of: tables[$1].name) ?? largest.count, $1)
        }
        // Each table's failure, nil when saved (an optional error, not a Result: see SavedFiles).
        let failures = Parallel.map(order.map { tables[$0] }, threads: threads) { table -> (any Error)? in
            do { _ = try save([(table.name, try table.make())], in: folder).get() } catch { return error }
            return nil
        }
        var outcomes: [(any Error)?] = Array(repeating: nil, count: tables.count)
        for (position, index) in order.enumerated() { outcomes[index] = failures[position] }
        for (table, failure) in zip(tables, outcomes) {
            if let failure { throw failure }
            written.append(table.name)
        }
        // Files are written without a flush each; one flush of the file system makes them
        // all durable before the roll-up reports success.
        OutputFile.flushToDisk()
        return written
    }

    /// Writes each of `files` (relative path, bytes) into `folder`, in order; the paths
    /// written, or the first failure (the files after it are not written).
    static func save(_ files: [(String, [UInt8])], in folder: URL) -> SavedFiles {
        var written: [String] = []
        for (relative, bytes) in files {
            do throws(OutputFile.WriteError) {
                try OutputFile.write(bytes, to: folder.appendingPathComponent(relative).path)
            } catch {
                return .failure(error)
            }
            written.append(relative)
        }
        return .success(written)
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
