import Foundation
import Testing
import HuizongTestSupport
@testable import HuizongStore

/// A writer killed with SIGKILL at random moments leaves the store intact: every snapshot
/// present is complete, and verify passes.
@Suite struct StoreCrashTests {
    static let binary = Seed.packageRoot.appendingPathComponent(".build/debug/huizong").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary), "needs .build/debug/huizong"),
          .timeLimit(.minutes(1)))
    func aKilledWriterLeavesWholeSnapshotsOrNone() throws {
        let folder = try TempFolder(.disk)
        let path = folder.path("crash.huizong")
        var generator = SystemRandomNumberGenerator()
        var killedMidRun = 0
        for round in 0..<5 {
            let delay = Double.random(in: 0.03...0.6, using: &generator)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = ["store-stress", "--store", path, "--units", "300", "--snapshots", "100",
                                 "--seed", String(round + 1)]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidRun += 1
            }
            process.waitUntilExit()
            let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit {
                #expect(process.terminationStatus == 0, "store-stress failed: \(log)")
            }

            let store = try SnapshotStore(path: path)
            let report = try store.verify()
            #expect(report.isOK, "round \(round), killed after \(delay) s: \(report)")
            for summary in try store.list() {
                let budgets = try store.budgets(of: summary.id)
                #expect(budgets.filter { $0.level == "unit" }.count == summary.unitCount)
                #expect(budgets.filter { $0.level == "department" }.count == summary.departmentCount)
                #expect(budgets.filter { $0.level == "district" }.count == 1)
                #expect(try store.manifest(of: summary.id).count == summary.inputCount)
                #expect(summary.unitCount == 300)
            }
            print("crash round \(round): killed after \(String(format: "%.3f", delay)) s; \(try store.list().count) snapshots intact")
        }
        #expect(killedMidRun > 0)
    }
}
