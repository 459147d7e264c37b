import ArgumentParser
import Foundation
import HuizongJobs
import HuizongStore
import Logging

/// `huizong run JOB [--wait] [--var name=value]... [--log-format text|json]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a batch job end to end: load, check, roll up, reconcile, snapshot, diff, reports.",
        discussion: "Exit codes: 0 clean, 1 findings at the job's fail_on severity, 2 bad job file or usage (or the store is busy without --wait), 3 inputs quarantined.")

    @Argument(help: "The job file (YAML).") var job: String
    @Flag(help: "Wait for another run on the same store to finish instead of refusing.") var wait = false
    @Option(name: .customLong("var"), help: "Override a job variable: --var draft=二上 (repeatable).") var variables: [String] = []
    @Option(help: "text (default) or json (one object per line, for log collectors).") var logFormat: String = "text"
    @Flag(help: "Log every step (text logs show only warnings and errors otherwise).") var verbose = false
    @Option(help: "Threads (default: one per core).") var threads: Int?

    func validate() throws {
        var problems: [String] = []
        if JobLogging.Format(rawValue: logFormat) == nil { problems.append("--log-format must be text or json") }
        for pair in variables where !pair.contains("=") { problems.append("--var expects name=value, got '\(pair)'") }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "; ")) }
    }

    func run() throws {
        // A job loads its units in parallel as `rollup` does: the same heap growth.
        HeapGrowth.growAhead()
        var overrides: [String: String] = [:]
        for pair in variables {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            overrides[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let format = JobLogging.Format(rawValue: logFormat) ?? .text
        let logger = JobLogging.logger(format: format, level: format == .json || verbose ? .info : .warning)
        let jobFile: JobFile
        do { jobFile = try JobFile.load(path: job, overrides: overrides) } catch {
            Console.note(error.description)
            throw ExitCode(JobExit.badJob.rawValue)
        }
        let bar = Terminal.standardErrorIsInteractive && format == .text ? ProgressBar(title: "载入") : nil
        let outcome: JobOutcome
        do {
            var progress: (@Sendable (Int, Int) -> Void)? = nil
            if let bar { progress = { done, total in bar.update(done, total) } }
            outcome = try JobRunner(job: jobFile, wait: wait, threads: threads).run(logger: logger, progress: progress)
        } catch {
            logger.error("作业失败", metadata: ["error": "\(error)"])
            Console.error("\(error)")
            throw ExitCode(JobExit.badJob.rawValue)
        }
        print(outcome.summary, terminator: "")
        if outcome.exit != .clean { throw ExitCode(outcome.exit.rawValue) }
    }
}
