import Foundation
import HuizongModel
import HuizongParse
import HuizongRules

/// One input file after loading: what was read and what the check found.
public struct LoadedUnit: Sendable {
    /// The file's path.
    public var file: String
    /// Its size in bytes.
    public var byteCount: Int
    /// Read problems.
    public var readDiagnostics: [ReadDiagnostic]
    /// The budget as far as it was read; nil when nothing could be read.
    public var budget: Budget?
    /// The check of the budget (nil when nothing could be read).
    public var report: UnitCheckReport?

    /// True when the file could not be fully read (it is then quarantined).
    public var isUnreadable: Bool { budget == nil || readDiagnostics.contains { $0.severity == .error } }
}

/// Loads unit budgets in parallel: each worker reads one file, checks it, and stores the
/// result in the file's preallocated slot, so the order is the input order whatever the
/// thread count. A file's text does not outlive its parse.
public enum UnitLoader {
    /// Loads `files` on `threads` threads (default: one per core).
    public static func load(_ files: [String], checker: Checker, threads: Int? = nil) -> [LoadedUnit] {
        Parallel.map(files, threads: threads) { file in
            let result = BudgetReader.read(contentsOf: file)
            let check = BatchCheck.check(result, checker: checker)
            return LoadedUnit(file: file, byteCount: result.byteCount, readDiagnostics: result.diagnostics,
                              budget: result.budget, report: check.report)
        }
    }
}
