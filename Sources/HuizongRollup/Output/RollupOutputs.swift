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
        // The district's files and the tables are independent of one another; the
        // procurement and asset tables and the summary need the two summaries. The district's
        // text (one long job: it copies its departments' procurement rows) is made beside the
        // summaries, each summary on one thread (their parts merged in unit order, so the
        // same on any number), and beside the tables that need no summary; the tables that do
        // follow. Each stage's jobs are made and saved largest first (so that no long one is
        // left to run alone at the end); the files are listed (or the first failure thrown)
        // in the order below.
        var tables: [(name: String, make: @Sendable () throws -> [UInt8])] = []
        if formats.contains(.text) {
            let parts = departmentTexts.compactMap(\.plain)
            tables.append(("district.txt", { TextLayoutWriter.layout(result.district, procurementParts: parts).bytes }))
        }
        if formats.contains(.csv) { tables.append(("district.csv", { Array(BudgetCSVWriter.write(result.district).utf8) })) }
        if formats.contains(.facts) { tables.append(("facts.csv", { Array(facts(result).utf8) })) }
        if formats.contains(.json) { tables.append(("budgets.json", { Array(try json(result).utf8) })) }
        let districtFiles = tables.map(\.name)
        tables.append(("eliminations.csv", { RollupTables.eliminations(result) }))
        tables.append(("findings.csv", { RollupTables.findings(result) }))
        tables.append(("quarantine.csv", { RollupTables.quarantine(result) }))
        tables.append(("inputs.csv", { RollupInputs.csv(result) }))
        let independent = tables
        let firstStage = Parallel.map(largestFirst(independent.indices.map { StageJob.table($0) } + [.procurement, .assets],
                                                   name: { $0.name(in: independent) }), threads: threads) { job -> StageOutcome in
            switch job {
            case .table(let index): return .saved(index, saved(independent[index], in: folder))
            case .procurement:
                return .procurement(ProcurementSummary.make(units: units, consolidated: result.district.procurement, threads: 1))
            case .assets: return .assets(AssetSummary.make(units: units, consolidated: result.district.assets, threads: 1))
            }
        }
        var failures: [String: any Error] = [:]
        var procurement: ProcurementSummary?
        var assets: AssetSummary?
        for outcome in firstStage {
            switch outcome {
            case .saved(let index, let failure): if let failure { failures[independent[index].name] = failure }
            case .procurement(let summary): procurement = summary
            case .assets(let summary): assets = summary
            }
        }
        let procurementSummary = procurement!, assetSummary = assets!
        let dependent: [(name: String, make: @Sendable () throws -> [UInt8])] = [
            ("procurement-by-catalog.csv", { RollupTables.procurementByCatalog(procurementSummary) }),
            ("procurement-by-fund.csv", { RollupTables.procurementByFund(procurementSummary) }),
            ("procurement-reconciliation.csv", { RollupTables.procurementReconciliation(procurementSummary) }),
            ("assets.csv", { RollupTables.assets(result, assetSummary) }),
            ("assets-reconciliation.csv", { RollupTables.assetReconciliation(assetSummary) }),
            ("summary.txt", { RollupSummary.utf8(result, procurement: procurementSummary, assets: assetSummary) }),
        ]
        let order = largestFirst(Array(dependent.indices), name: { dependent[$0].name })
        for (index, failure) in zip(order, Parallel.map(order, threads: threads) { saved(dependent[$0], in: folder) }) {
            if let failure { failures[dependent[index].name] = failure }
        }
        // Listed in the order the tables have always been listed.
        let listed = districtFiles + ["procurement-by-catalog.csv", "procurement-by-fund.csv", "procurement-reconciliation.csv",
                                     "assets.csv", "assets-reconciliation.csv", "eliminations.csv", "findings.csv",
                                     "quarantine.csv", "inputs.csv", "summary.txt"]
        for name in listed {
            if let failure = failures[name] { throw failure }
            written.append(name)
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

    /// A job of the outputs' first stage: a table that needs no summary (by its position), or a summary.
    enum StageJob: Sendable {
        case table(Int)
        case procurement
        case assets

        /// The job's name, to order the stage by (`tables`: the stage's tables).
        func name(in tables: [(name: String, make: @Sendable () throws -> [UInt8])]) -> String {
            switch self {
            case .table(let index): tables[index].name
            case .procurement: "procurement summary"
            case .assets: "asset summary"
            }
        }
    }

    /// What a first-stage job made: a table's failure (nil when saved), or a summary.
    enum StageOutcome: Sendable {
        case saved(Int, (any Error)?)
        case procurement(ProcurementSummary)
        case assets(AssetSummary)
    }

    /// The jobs and tables that take longest, longest first (the district's text, the
    /// tables with a line per unit, the summaries, which read every unit's rows).
    static let largest = ["district.txt", "facts.csv", "budgets.json", "procurement summary", "district.csv", "inputs.csv",
                          "asset summary", "procurement-reconciliation.csv", "assets-reconciliation.csv"]

    /// `jobs` with those named in ``largest`` first, in its order, then the others in theirs.
    static func largestFirst<Job>(_ jobs: [Job], name: (Job) -> String) -> [Job] {
        let ranks = jobs.map { largest.firstIndex(of: name($0)) ?? largest.count }
        return jobs.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { jobs[$0] }
    }

    /// Makes and saves `table`: its failure, nil when saved (an optional error, not a Result: see SavedFiles).
    static func saved(_ table: (name: String, make: @Sendable () throws -> [UInt8]), in folder: URL) -> (any Error)? {
        do { _ = try save([(table.name, try table.make())], in: folder).get() } catch { return error }
        return nil
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
