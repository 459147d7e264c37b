import Foundation
import HuizongModel
import HuizongRollup
import HuizongRules

/// A batch job: one scheduled consolidation run, described by a YAML file in `jobs/`.
///
/// Relative paths are relative to the job file's folder. `${name}` in any string is
/// replaced by the job's variable `name` (from `variables:` or `--var name=value`).
public struct JobFile: Sendable {
    /// What to compare the new snapshot with.
    public enum Comparison: Sendable, Hashable {
        /// The previous snapshot of this job (default).
        case previous
        /// A snapshot with this label.
        case label(String)
        /// The newest snapshot of the previous budget year.
        case lastYear
        /// No comparison.
        case none
    }

    /// The severity from which the run fails (exit 1); nil: never.
    public enum FailOn: Sendable, Hashable { case severity(Severity), never }

    /// The job file's path.
    public var path: String
    /// The job's name (also the snapshot's `job`).
    public var name: String
    /// The district's name in the consolidated budgets.
    public var district: String
    /// The budget year.
    public var year: Int
    /// The draft (一上, 二上, 批复 …).
    public var draft: String
    /// The snapshot label (default `<year> <draft>`).
    public var label: String
    /// Input globs, resolved against the job file's folder.
    public var inputs: [String]
    /// The hierarchy CSV, if any.
    public var hierarchy: String?
    /// The SQLite store.
    public var store: String
    /// exact or rounding.
    public var tolerance: Tolerance
    /// Rule ids not to run.
    public var disabledRules: Set<String>
    /// Severity overrides by rule id.
    public var severityOverrides: [String: Severity]
    /// The output folder.
    public var outputFolder: String
    /// Output formats.
    public var formats: Set<JobFormat>
    /// What to compare with.
    public var compare: Comparison
    /// Which severity fails the run.
    public var failOn: FailOn
    /// Variables after overrides.
    public var variables: [String: String]
}

/// Formats a job can write.
public enum JobFormat: String, Sendable, CaseIterable, Hashable {
    case text, csv, facts, json, html

    /// The roll-up format, when it is one.
    public var rollupFormat: RollupFormat? { RollupFormat(rawValue: rawValue) }
}

/// A problem in a job file, with its line.
public struct JobProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { line > 0 ? "\(file):\(line)：\(message)" : "\(file)：\(message)" }
}

/// All problems of a job file, reported at once.
public struct JobFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [JobProblem]
    public var description: String {
        (["作业文件有 \(problems.count) 处问题："] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
