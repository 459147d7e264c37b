import Foundation
import HuizongModel
import HuizongParse
import HuizongRules
import Synchronization

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
    /// The fingerprint of the file's bytes (e.g. SHA-256, lowercase hex) when the loader
    /// was given a `fingerprint` function and the file could be opened.
    public var sha256: String? = nil

    /// True when the file could not be fully read (it is then quarantined).
    public var isUnreadable: Bool { budget == nil || readDiagnostics.contains { $0.severity == .error } }
}

/// Loads unit budgets in parallel: each worker reads one file, checks it, and stores the
/// result in the file's preallocated slot, so the order is the input order whatever the
/// thread count. A file's text does not outlive its parse.
public enum UnitLoader {
    /// Loads `files` on `threads` threads (default: one per core).
    ///
    /// Each file is read once: its bytes go to `fingerprint` (when given; the store passes a
    /// SHA-256 function) and then to the reader, so a manifest can record exactly the bytes
    /// that were parsed.
    ///
    /// `lastYear` looks up the same unit's budget of the previous year (by code and this
    /// year), so that the narrative's 比上年 claims are checked; without it they are not checked.
    ///
    /// `keep` says what a loaded unit keeps of its budget after its check: the whole budget
    /// (the default: a snapshot store, a job or a report may read any of it), or only what
    /// a roll-up's outputs read (`.rollupParts`, see `Budget.dropCheckedDetail()`).
    ///
    /// `abandoned` is asked before each file: once it returns true the files not yet
    /// started are left unread (their units hold no budget, no report and no diagnostic)
    /// and `onLoaded` is not told of them. A roll-up whose hierarchy, read meanwhile on
    /// another thread, turns out bad stops this way: it discards the units.
    public static func load(_ files: [String], checker: Checker, threads: Int? = nil,
                            keep: KeptBudget = .whole,
                            fingerprint: (@Sendable ([UInt8]) -> String)? = nil,
                            lastYear: (@Sendable (_ code: String, _ year: Int) -> Budget?)? = nil,
                            onLoaded: (@Sendable (_ loaded: Int) -> Void)? = nil,
                            abandoned: (@Sendable () -> Bool)? = nil) -> [LoadedUnit] {
        let counter = LoadCounter()
        return Parallel.map(files, threads: threads) { file in
            if let abandoned, abandoned() {
                return LoadedUnit(file: file, byteCount: 0, readDiagnostics: [], budget: nil, report: nil)
            }
            guard let bytes = FileBytes.read(file) else {
                let diagnostic = ReadDiagnostic(file: file, line: 0, problem: .notText(detail: "无法打开文件"))
                if let onLoaded { onLoaded(counter.increment()) }
                return LoadedUnit(file: file, byteCount: 0, readDiagnostics: [diagnostic], budget: nil, report: nil)
            }
            let hash = fingerprint?(bytes)
            var result = BudgetReader.read(bytes: bytes, fileName: file)
            let previous = result.budget.flatMap { budget in budget.year.flatMap { lastYear?(budget.code, $0) } }
            var check = BatchCheck.check(result, checker: checker, lastYear: previous)
            if let onLoaded { onLoaded(counter.increment()) }
            // The report is moved out of the check (`take`), not copied field by field, and
            // the budget out of the read result, so that trimming it copies nothing.
            let report = check.report.take()
            var budget = result.budget.take()
            if keep == .rollupParts {
                budget?.dropCheckedDetail()
                // The budget's claim list, but for the two the outputs read, goes back to
                // the reader, which fills it with the next unit's claims on this thread.
                if let dropped = budget?.keepFirstClaims(about: AssetSummary.claimSubjects) {
                    BudgetReader.giveBackClaims(dropped)
                }
            }
            return LoadedUnit(file: file, byteCount: result.byteCount, readDiagnostics: result.diagnostics,
                              budget: budget, report: report, sha256: hash)
        }
    }
}

/// What a loaded unit keeps of its budget after its check.
public enum KeptBudget: Sendable {
    /// The whole budget as read.
    case whole
    /// What a roll-up's outputs read: the budget without its 绩效目标表 indicators,
    /// purposes and goals and without its narrative's blocks (`Budget.dropCheckedDetail()`),
    /// and of the narrative's claims only those the asset summary reads
    /// (`Budget.keepFirstClaims(about:)` with ``AssetSummary/claimSubjects``).
    case rollupParts
}

/// Counts loaded files across threads.
private final class LoadCounter: Sendable {
    private let count = Atomic<Int>(0)
    func increment() -> Int { count.wrappingAdd(1, ordering: .relaxed).newValue }
}
