import Foundation
import HuizongDiff
import HuizongModel
import HuizongParse
import HuizongReport
import HuizongRollup
import HuizongRules
import HuizongStore
import Logging

/// The exit codes of `huizong run`.
public enum JobExit: Int32, Sendable {
    /// Clean.
    case clean = 0
    /// Findings at the job's failing severity.
    case findings = 1
    /// A bad job file or usage.
    case badJob = 2
    /// Inputs were quarantined.
    case quarantined = 3
}

/// What a run did.
public struct JobOutcome: Sendable {
    public var exit: JobExit
    /// The snapshot written, or the unchanged one.
    public var snapshot: SnapshotSummary?
    /// True when the inputs had not changed since `snapshot`.
    public var unchanged: Bool
    /// The output folder.
    public var outputFolder: String
    /// The comparison, when there was one.
    public var comparison: SnapshotComparison?
    /// The short summary for people.
    public var summary: String
}

/// Runs a job end to end: lock the store → load in parallel → check → roll up →
/// reconcile → store the snapshot (unless nothing changed) → diff against the
/// comparison → write the outputs into a temporary folder and move it into place.
public struct JobRunner: Sendable {
    public var job: JobFile
    /// Wait for another run on the same store instead of refusing.
    public var wait: Bool
    /// Threads (default: one per core).
    public var threads: Int?

    public init(job: JobFile, wait: Bool = false, threads: Int? = nil) {
        self.job = job; self.wait = wait; self.threads = threads
    }

    /// Runs the job; `progress` is told how many units are loaded.
    public func run(logger: Logger, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws -> JobOutcome {
        let started = Date()
        // The hierarchy is read on a thread of its own while the store is opened and the
        // inputs are listed; its problem is reported where it was when read in turn.
        let pendingHierarchy = job.hierarchy.map(PendingHierarchy.init(reading:))
        let storeFolder = URL(fileURLWithPath: job.store).deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: storeFolder, withIntermediateDirectories: true) } catch {
            throw JobRunError.store("无法创建数据库目录 \(storeFolder.path)：\(error.localizedDescription)")
        }
        let lock: RunLock
        do { lock = try RunLock(storePath: job.store, wait: wait) } catch { throw JobRunError.locked(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let store: SnapshotStore
        do { store = try SnapshotStore(path: job.store) } catch { throw JobRunError.store(error.description) }
        // Each pattern is expanded once (a pattern over a folder walks its whole tree).
        let expanded = job.inputs.map(PathGlob.expand)
        let files = Array(expanded.joined())
        let missing = zip(job.inputs, expanded).filter { $0.1.isEmpty }.map(\.0)
        logger.info("开始作业", metadata: ["job": "\(job.name)", "label": "\(job.label)", "inputs": "\(files.count)"])
        for pattern in missing { logger.warning("通配路径没有匹配任何文件", metadata: ["pattern": "\(pattern)"]) }
        let hierarchy: Hierarchy?
        do { hierarchy = try pendingHierarchy?.value() } catch { throw JobRunError.hierarchy("\(error)") }
        let checker = Checker(tolerance: job.tolerance, disabledRules: job.disabledRules, severityOverrides: job.severityOverrides)
        let lookup = LastYearLookup(store: store)
        let total = files.count
        var onLoaded: (@Sendable (Int) -> Void)? = nil
        if let progress { onLoaded = { done in progress(done, total) } }
        let fingerprint: @Sendable ([UInt8]) -> String = { ContentHash.sha256($0) }
        let lastYear: @Sendable (String, Int) -> Budget? = { code, year in lookup.budget(code: code, year: year) }
        let units = UnitLoader.load(files, checker: checker, threads: threads, fingerprint: fingerprint,
                                    lastYear: lastYear, onLoaded: onLoaded)
        logger.info("载入完成", metadata: ["units": "\(units.count)", "seconds": "\(Int(Date().timeIntervalSince(started)))"])
        let rollup = Rollup(districtName: job.district, year: job.year).run(units, hierarchy: hierarchy, threads: threads)
        let content = SnapshotBuilder.content(of: rollup, label: job.label, job: "job \(job.name)",
                                              engineVersion: EngineVersion.current, createdAt: started, threads: threads)
        let previous = try storeCall { try store.latest(job: "job \(job.name)") }
        var snapshot: SnapshotSummary
        var unchanged = false
        if let previous, try storeCall({ try JobIdempotence.isUnchanged(content, comparedTo: previous, in: store) }) {
            snapshot = previous
            unchanged = true
            logger.info("输入未变，未写入新快照", metadata: ["snapshot": "\(previous.id)"])
        } else {
            snapshot = try storeCall { try store.write(content, threads: threads) }
            logger.info("已写入快照", metadata: ["snapshot": "\(snapshot.id)", "added_blobs": "\(snapshot.addedBlobCount)"])
        }
        let comparison = try compare(snapshot, previousOfJob: unchanged ? nil : previous, store: store)
        let folder = try JobOutputs.write(job: job, rollup: rollup, snapshot: snapshot, comparison: comparison, started: started)
        logger.info("报告已写出", metadata: ["folder": "\(folder)"])
        let summary = JobSummary.text(job: job, rollup: rollup, snapshot: snapshot, unchanged: unchanged,
                                      comparison: comparison, folder: folder)
        return JobOutcome(exit: exitCode(rollup), snapshot: snapshot, unchanged: unchanged, outputFolder: folder,
                          comparison: comparison, summary: summary)
    }

    /// The comparison the job asks for.
    func compare(_ snapshot: SnapshotSummary, previousOfJob: SnapshotSummary?, store: SnapshotStore) throws -> SnapshotComparison? {
        let other: SnapshotSummary?
        switch job.compare {
        case .none: return nil
        case .previous:
            other = try storeCall { try previousOfJob ?? store.previous(before: snapshot.id, job: "job \(job.name)") }
        case .label(let label): other = try storeCall { try store.resolve(label) }
        case .lastYear: other = try storeCall { try store.latest(year: job.year - 1) }
        }
        guard let other, other.id != snapshot.id else { return nil }
        do {
            let (old, new) = try StoreSides.sides(store, other, snapshot)
            return try SnapshotDiff.compare(old, new, threads: threads)
        } catch { throw JobRunError.store("\(error)") }
    }

    /// 3 when inputs were quarantined, else 1 when findings reach the failing severity, else 0.
    func exitCode(_ rollup: RollupResult) -> JobExit {
        if !rollup.quarantined.isEmpty { return .quarantined }
        guard case .severity(let level) = job.failOn else { return .clean }
        let failing = rollup.units.contains { !($0.report?.findings(atLeast: level).isEmpty ?? true) }
            || rollup.departments.contains { !$0.report.findings(atLeast: level).isEmpty }
            || !rollup.districtReport.findings(atLeast: level).isEmpty
        return failing ? .findings : .clean
    }
}

/// Why a run stopped.
public enum JobRunError: Error, CustomStringConvertible {
    case locked(String), store(String), hierarchy(String), output(String)
    public var description: String {
        switch self {
        case .locked(let m), .store(let m), .hierarchy(let m), .output(let m): m
        }
    }
}

/// Store calls whose errors become run errors.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as JobRunError { throw error } catch { throw JobRunError.store("\(error)") }
}
