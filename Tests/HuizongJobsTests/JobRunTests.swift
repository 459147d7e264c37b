import Foundation
import Logging
import Synchronization
import Testing
import HuizongStore
import HuizongTestSupport
@testable import HuizongJobs

/// Running jobs: idempotence, the lock, exit codes, escaping in the HTML report.
@Suite(.serialized) struct JobRunTests {
    /// A folder with a job file, units under `units/` and a store.
    static func setUp(units: [(String, String)], extraYAML: String = "") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("units"), withIntermediateDirectories: true)
        for (name, text) in units { try text.write(to: folder.appendingPathComponent("units/\(name)"), atomically: true, encoding: .utf8) }
        let job = """
        name: test
        district: 测试区
        year: 2025
        draft: 一上
        inputs: [units/*.txt]
        store: store.sqlite
        outputs: {folder: reports, formats: [text, csv, facts, html]}
        \(extraYAML)
        """
        let path = folder.appendingPathComponent("job.yaml").path
        try job.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let logger: Logger = { var l = Logger(label: "test"); l.logLevel = .critical; return l }()

    @Test func secondRunOnUnchangedInputsStoresNothing() throws {
        let path = try Self.setUp(units: [("a.txt", Seed.text(code: "323003")), ("b.txt", Seed.text(code: "324001"))])
        let job = try JobFile.load(path: path)
        let first = try JobRunner(job: job).run(logger: Self.logger)
        #expect(first.exit == .clean)
        #expect(first.unchanged == false)
        let second = try JobRunner(job: job).run(logger: Self.logger)
        #expect(second.unchanged)
        #expect(second.snapshot?.id == first.snapshot?.id)
        #expect(second.summary.contains("no change since snapshot \(first.snapshot!.id)"))
        #expect(try SnapshotStore(path: job.store).list().count == 1)
        #expect(FileManager.default.fileExists(atPath: job.outputFolder + "/report.html"))
        #expect(FileManager.default.fileExists(atPath: job.outputFolder + "/departments/323.txt"))
    }

    @Test func aSecondRunOnTheSameStoreRefusesWhileTheFirstHoldsTheLock() throws {
        let path = try Self.setUp(units: [("a.txt", Seed.text(code: "323003"))])
        let job = try JobFile.load(path: path)
        _ = try SnapshotStore(path: job.store)
        let held = try RunLock(storePath: job.store, wait: false)
        #expect(throws: JobRunError.self) { try JobRunner(job: job).run(logger: Self.logger) }
        do { _ = try JobRunner(job: job).run(logger: Self.logger) } catch {
            #expect("\(error)".contains("另一个汇总作业正在使用此数据库"))
        }
        withExtendedLifetime(held) {}
        // Released: the run goes through.
        _ = consume held
        #expect(try JobRunner(job: job).run(logger: Self.logger).exit == .clean)
    }

    @Test func aBadHierarchyStopsTheRunBeforeAnythingIsStoredOrWritten() throws {
        // The hierarchy is read while the store opens and the inputs are listed; its problem
        // still stops the run before a unit is loaded, with the read's message.
        let path = try Self.setUp(units: [("a.txt", Seed.text(code: "323003"))], extraYAML: "hierarchy: hierarchy.csv")
        let folder = (path as NSString).deletingLastPathComponent
        try "单位编码,单位名称,部门编码,部门名称\n323003,社保所,323\n".write(toFile: folder + "/hierarchy.csv", atomically: true, encoding: .utf8)
        let job = try JobFile.load(path: path)
        let progress = Told()
        do {
            _ = try JobRunner(job: job).run(logger: Self.logger, progress: { _, _ in progress.tell() })
            Issue.record("the run went through")
        } catch let error as JobRunError {
            guard case .hierarchy(let message) = error else { Issue.record("\(error)"); return }
            #expect(message == folder + "/hierarchy.csv:2：此行只有 3 列，应有 4 列")
        }
        #expect(!progress.wasTold)
        #expect(try SnapshotStore(path: job.store).list().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: job.outputFolder))
        // Mended, the same job runs.
        try "单位编码,单位名称,部门编码,部门名称\n323003,社保所,323,人社局\n".write(toFile: folder + "/hierarchy.csv", atomically: true, encoding: .utf8)
        #expect(try JobRunner(job: job).run(logger: Self.logger).exit == .clean)
    }

    @Test func exitCodes() throws {
        // Error findings → 1 (fail_on: error); fail_on: never → 0; quarantined input → 3.
        let broken = Seed.text(code: "323004").replacingOccurrences(of: "\t991.74\n\n\t9\n", with: "\t991.84\n\n\t9\n")
        let withErrors = try Self.setUp(units: [("a.txt", Seed.text(code: "323003")), ("b.txt", broken)])
        #expect(try JobRunner(job: JobFile.load(path: withErrors)).run(logger: Self.logger).exit == .findings)
        let never = try Self.setUp(units: [("b.txt", broken)], extraYAML: "fail_on: never")
        #expect(try JobRunner(job: JobFile.load(path: never)).run(logger: Self.logger).exit == .clean)
        let garbage = try Self.setUp(units: [("a.txt", Seed.text(code: "323003")), ("z.txt", "\u{0}\u{1}garbage")])
        #expect(try JobRunner(job: JobFile.load(path: garbage)).run(logger: Self.logger).exit == .quarantined)
    }

    @Test func maliciousUnitNameIsEscapedInTheHTMLReport() throws {
        let evil = "<script>alert('x')</script>\"&"
        let text = Seed.text(code: "323005").replacingOccurrences(of: "\t323005秦皇岛市海港区社会保险事业所", with: "\t323005\(evil)")
        let path = try Self.setUp(units: [("evil.txt", text)])
        let job = try JobFile.load(path: path)
        _ = try JobRunner(job: job).run(logger: Self.logger)
        let html = try String(contentsOfFile: job.outputFolder + "/report.html", encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }
}

/// Whether a progress callback was called.
private final class Told: Sendable {
    private let told = Atomic<Bool>(false)
    func tell() { told.store(true, ordering: .relaxed) }
    var wasTold: Bool { told.load(ordering: .relaxed) }
}
