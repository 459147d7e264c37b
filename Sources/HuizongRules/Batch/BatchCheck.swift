import Foundation
import HuizongModel
import HuizongParse

/// One file of a batch check: what reading it gave and what checking it found.
public struct FileCheck: Sendable {
    /// The file.
    public var file: String
    /// Read problems (errors make the file "unreadable" in the exit code).
    public var readDiagnostics: [ReadDiagnostic]
    /// The check of what could be read; nil when nothing could be read.
    public var report: UnitCheckReport?

    /// True when the file could not be fully read.
    public var isUnreadable: Bool { readDiagnostics.contains { $0.severity == .error } }
}

/// Reads and checks many files in parallel (results in input order).
public enum BatchCheck {
    /// Reads each file and checks what was read; unread tables are reported as not checked.
    public static func run(files: [String], checker: Checker, threads: Int? = nil) -> [FileCheck] {
        Parallel.map(files, threads: threads) { file in
            let result = BudgetReader.read(contentsOf: file)
            return check(result, checker: checker)
        }
    }

    /// Checks one read result.
    public static func check(_ result: ReadResult, checker: Checker, lastYear: Budget? = nil) -> FileCheck {
        guard let budget = result.budget else {
            return FileCheck(file: result.file, readDiagnostics: result.diagnostics, report: nil)
        }
        // Most files have every table read: no dictionary made for them (mapValues copies
        // even an empty one's storage).
        let unread = result.unreadTables.isEmpty ? [:] : result.unreadTables.mapValues { $0.message }
        let report = checker.check(budget, file: result.file, unreadTables: unread, lastYear: lastYear)
        return FileCheck(file: result.file, readDiagnostics: result.diagnostics, report: report)
    }
}
