import ArgumentParser
import Foundation
import HuizongModel
import HuizongParse
import HuizongRules

/// `huizong check PATH... [--tolerance exact|rounding] [--format text|json]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check budgets against every balance relation of the template (exit 0 clean, 1 errors, 2 unreadable input).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Budget files or directories (searched for *.txt).")
    var paths: [String]

    @Option(help: "exact (default) or rounding (figures rounded independently, ±0.005 each).")
    var tolerance: Tolerance = .exact

    @Option(help: "text (default) or json.")
    var format: Format = .text

    @Option(help: "Show findings of at least this severity in text output: info (also lists rules not checked), warning (default), error.")
    var show: Severity = .warning

    @Option(help: "Threads (default: one per core).")
    var threads: Int?

    func run() throws {
        let (files, problems) = InputFiles.collect(paths)
        for problem in problems { FileHandle.standardError.write(Data("错误 \(problem.path)：\(problem.reason)\n".utf8)) }
        let checks = BatchCheck.run(files: files, checker: Checker(tolerance: tolerance), threads: threads)
        switch format {
        case .text: print(FindingsReport.text(checks, minimum: show), terminator: "")
        case .json: print(try FindingsReport.json(checks), terminator: "")
        }
        if !problems.isEmpty || checks.contains(where: \.isUnreadable) || files.isEmpty { throw ExitCode(ExitStatus.unreadable) }
        if checks.contains(where: { !($0.report?.findings(atLeast: .error).isEmpty ?? true) }) { throw ExitCode(ExitStatus.findings) }
    }
}

/// `huizong rules [--format text|json]`: the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule catalogue.")

    @Option(help: "text (default) or json.")
    var format: CheckCommand.Format = .text

    func run() throws {
        print(format == .text ? FindingsReport.catalogueText() : try FindingsReport.catalogueJSON(), terminator: "")
    }
}

/// `huizong mutation-check FILE`: change every figure by ±0.01 and see the checker catch it.
struct MutationCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mutation-check",
        abstract: "Change each figure of a budget by +0.01 and −0.01 and report how many the checker detects (exit 1 below 100%).")

    @Argument(help: "A budget file that checks clean.")
    var file: String

    func run() throws {
        let result = BudgetReader.read(contentsOf: file)
        guard let budget = result.budget, result.isFullyRead else {
            for diagnostic in result.diagnostics { FileHandle.standardError.write(Data((diagnostic.rendered + "\n").utf8)) }
            throw ExitCode(ExitStatus.unreadable)
        }
        let report = MutationCheck.run(budget)
        print(MutationCheck.text(report), terminator: "")
        if !report.missed.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}

// The option values' lists spelled out as ArgumentParser's defaults for a CaseIterable
// String enum make them (the raw values; no descriptions, as each value's description is
// its raw value): its defaults map the cases through a key path, whose first use costs
// run-time conformance look-ups (RawRepresentable, CaseIterable), serial at start-up.
extension Tolerance: ExpressibleByArgument {
    /// The raw values of all cases, in order.
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    /// None: each value's description is its raw value.
    public static var allValueDescriptions: [String: String] { [:] }
}

extension Severity: ExpressibleByArgument {
    /// The raw values of all cases, in order.
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    /// None: each value's description is its raw value.
    public static var allValueDescriptions: [String: String] { [:] }
}
