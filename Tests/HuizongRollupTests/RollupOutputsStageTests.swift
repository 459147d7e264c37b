import Foundation
import Testing
import HuizongModel
import HuizongRules
@testable import HuizongRollup

/// `RollupOutputs.write` makes the district's text beside the summaries, then the tables
/// that need them: the files, and the order they are listed in, do not depend on that or on
/// the thread count.
@Suite struct RollupOutputsStageTests {
    /// The paths written and every file's bytes, on `threads` threads.
    static func outputs(of result: RollupResult, threads: Int) throws -> (written: [String], files: [String: [UInt8]]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-stages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try RollupOutputs.write(result, to: folder, formats: Set(RollupFormat.allCases), threads: threads)
        var files: [String: [UInt8]] = [:]
        for relative in written { files[relative] = Array(try Data(contentsOf: folder.appendingPathComponent(relative))) }
        return (written, files)
    }

    @Test func filesAndTheirListingAreTheSameOnAnyThreadCount() throws {
        let (folder, files) = try RollupTests.district(["323003", "323004", "324001"], extra: [])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = Rollup().run(UnitLoader.load(files, checker: Checker()), hierarchy: nil)
        let one = try Self.outputs(of: result, threads: 1)
        // The district's files, then the tables, in the order they have always been listed.
        #expect(one.written.filter { !$0.hasPrefix("departments/") } == [
            "district.txt", "district.csv", "facts.csv", "budgets.json",
            "procurement-by-catalog.csv", "procurement-by-fund.csv", "procurement-reconciliation.csv",
            "assets.csv", "assets-reconciliation.csv", "eliminations.csv", "findings.csv",
            "quarantine.csv", "inputs.csv", "summary.txt",
        ])
        for threads in [2, 3, 8] {
            let many = try Self.outputs(of: result, threads: threads)
            #expect(many.written == one.written)
            for (path, bytes) in one.files { #expect(many.files[path] == bytes, "\(path) on \(threads) threads") }
        }
    }
}
