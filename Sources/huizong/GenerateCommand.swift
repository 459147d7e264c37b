import ArgumentParser
import Foundation
import HuizongGenerate

/// `huizong generate --out DIR --departments N --units M [--year Y] [--seed S] [--district NAME]
/// [--include FILE]... [--draft-of DIR --change-rate R] [--faults K]`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a district of unit budgets (or the next draft of one), optionally with injected errors.")

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Number of departments (not needed with --draft-of).")
    var departments: Int?

    @Option(help: "Number of generated units in all, offices included, --include files not counted (not needed with --draft-of).")
    var units: Int?

    @Option(help: "Budget year.")
    var year: Int = 2025

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "District name.")
    var district: String = DistrictParameters.defaultDistrictName

    @Option(help: "A real unit file to copy into the district under its code's department (repeatable).")
    var include: [String] = []

    @Option(name: .customLong("draft-of"), help: "Write the next draft of this generated district.")
    var draftOf: String?

    @Option(name: .customLong("change-rate"), help: "Share of the generated units a draft changes.")
    var changeRate: Double = 0.1

    @Option(help: "Inject this many single-cell errors, in distinct units (writes faults.csv).")
    var faults: Int = 0

    @Option(help: "Threads (default: one per core).")
    var threads: Int?

    func validate() throws {
        if draftOf == nil && (departments == nil || units == nil) {
            throw ValidationError("--departments and --units are required unless --draft-of is given")
        }
    }

    func run() throws {
        let parameters = DistrictParameters(departments: departments ?? 1, units: units ?? 1, year: year, seed: seed,
                                            districtName: district)
        let request = GenerateRequest(output: out, parameters: parameters, includeFiles: include, draftOf: draftOf,
                                      changeRate: changeRate, faults: faults, threads: threads)
        let start = Date()
        let summary: GenerateSummary
        do { summary = try DistrictJob.run(request) } catch let error as GenerationError {
            FileHandle.standardError.write(Data("错误：\(error.message)\n".utf8))
            throw ExitCode(ExitStatus.unreadable)
        }
        let seconds = Date().timeIntervalSince(start)
        let average = summary.units > 0 ? summary.bytes / summary.units : 0
        print("\(out)：\(summary.units) 个单位，\(summary.bytes) 字节（平均 \(average) 字节），用时 \(String(format: "%.2f", seconds)) 秒")
        print("内部往来 \(summary.flows) 笔，其中不一致 \(summary.unmatchedFlows) 笔（flows.csv）")
        if summary.manifest.draft > 1 { print("第 \(summary.manifest.draft) 稿：变动 \(summary.changed.count) 个单位（changes.csv）") }
        if !summary.faults.isEmpty { print("注入错误 \(summary.faults.count) 处（faults.csv）") }
    }
}
