import ArgumentParser
import Foundation
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules
import HuizongStore

/// `huizong rollup PATH... [--hierarchy FILE] [--district NAME] --out DIR [--format text,csv,facts,json]`.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Read, check and consolidate unit budgets into department and district budgets (exit 0 clean, 1 error findings, 2 unreadable inputs quarantined).")

    @Argument(help: "Unit budget files or directories (searched for *.txt).")
    var paths: [String]

    @Option(help: "Hierarchy CSV: 单位编码,单位名称,部门编码,部门名称 (default: department = first three digits).")
    var hierarchy: String?

    @Option(help: "The district's name in the consolidated budget's header.")
    var district: String = "全区"

    @Option(help: "The budget year of the run (default: the most common year of the units).")
    var year: Int?

    @Option(help: "Output folder.")
    var out: String

    @Option(help: "Comma-separated: text, csv, facts, json.")
    var format: String = "text,csv,facts"

    @Option(help: "exact (default) or rounding.")
    var tolerance: Tolerance = .exact

    @Option(help: "Threads (default: one per core).")
    var threads: Int?

    @Option(help: "Store the result as a snapshot in this SQLite store.")
    var store: String?

    @Option(help: "The snapshot's label (e.g. \"2025 二上\"); default \"<year> rollup\".")
    var label: String?

    func validate() throws {
        var problems: [String] = []
        for entry in RollupFormat.parseList(format) where entry.format == nil {
            problems.append("unknown format '\(entry.name)' (text, csv, facts, json)")
        }
        if let hierarchy, !FileManager.default.fileExists(atPath: hierarchy) { problems.append("hierarchy file not found: \(hierarchy)") }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "; ")) }
    }

    func run() throws {
        HeapGrowth.growAhead()
        let formats = Set(RollupFormat.parseList(format).compactMap { $0.format })
        // Only the roll-up needs the hierarchy: it is read on a thread of its own while the
        // inputs are listed and the units load.
        let pendingTree = hierarchy.map(PendingHierarchy.init(reading:))
        let (files, problems) = InputFiles.collect(paths)
        for problem in problems { FileHandle.standardError.write(Data("错误 \(problem.path)：\(problem.reason)\n".utf8)) }
        // A bad hierarchy is reported as the first thing after the input problems, and
        // before a store is opened or made.
        func readTree() throws -> Hierarchy? {
            do { return try pendingTree?.value() } catch {
                FileHandle.standardError.write(Data("错误 \(error)\n".utf8))
                throw ExitCode(ExitStatus.unreadable)
            }
        }
        if store != nil { _ = try readTree() }
        let snapshots: SnapshotStore? = try store.map { path in try openStore(path) }
        var lastYear: (@Sendable (String, Int) -> Budget?)? = nil
        if let snapshots {
            let lookup = LastYearLookup(store: snapshots)
            lastYear = { code, year in lookup.budget(code: code, year: year) }
        }
        var timer = PhaseTimer()
        var abandoned: (@Sendable () -> Bool)? = nil
        if let pendingTree { abandoned = { pendingTree.hasFailed } }
        // Without a store the outputs are all that is made of the units: their budgets keep
        // only what the outputs read (a snapshot stores whole budgets).
        let units = UnitLoader.load(files, checker: Checker(tolerance: tolerance), threads: threads,
                                    keep: snapshots == nil ? .rollupParts : .whole, fingerprint: { ContentHash.sha256($0) }, lastYear: lastYear,
                                    abandoned: abandoned)
        // With a bad hierarchy the loading stopped as soon as it was known; its units are dropped.
        let tree = try readTree()
        timer.lap("read and check")
        let result = Rollup(districtName: district, year: year).run(units, hierarchy: tree, threads: threads)
        timer.lap("roll up")
        ProcessLifetime.keepUntilExit(result)
        try RollupOutputs.write(result, to: URL(fileURLWithPath: out), formats: formats, threads: threads)
        timer.lap("outputs")
        print(RollupSummary.text(result), terminator: "")
        print("输出：\(out)")
        timer.lap("summary")
        if let snapshots {
            let content = SnapshotBuilder.content(of: result, label: label ?? "\(result.year.map(String.init) ?? "") rollup",
                                                  job: "rollup", engineVersion: EngineVersion.current, threads: threads)
            ProcessLifetime.keepUntilExit(content)
            let summary = try storeCall { try snapshots.write(content, threads: threads) }
            print("快照：#\(summary.id)（\(summary.label)）已存入 \(store ?? "")，新增内容 \(summary.addedBlobCount) 项")
            timer.lap("store")
        }
        if !result.quarantined.isEmpty || !problems.isEmpty { throw ExitCode(ExitStatus.unreadable) }
        // Units read in place (a copy of a loaded unit costs a reference count per field).
        let loaded = result.units
        let errors = loaded.indices.contains { loaded[$0].report?.hasFinding(atLeast: .error) ?? false }
            || result.departments.contains { $0.report.hasFinding(atLeast: .error) }
        if errors { throw ExitCode(ExitStatus.findings) }
    }
}
