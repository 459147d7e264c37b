import Foundation
import Testing
@testable import HuizongParse
import HuizongModel

/// Reading the seed, writing it, and reading the written text gives an equal budget.
@Suite struct WriterSeedTests {
    /// data/units/323003-2025.txt in the package.
    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/units/323003-2025.txt").path

    @Test func seedRoundTrip() throws {
        let first = BudgetReader.read(contentsOf: Self.seedPath)
        let budget = try #require(first.budget)
        let written = TextLayoutWriter.write(budget)
        // Set WRITER_DUMP=<path> to keep the written text (for a diff against the seed).
        if let dump = ProcessInfo.processInfo.environment["WRITER_DUMP"] {
            try written.write(toFile: dump, atomically: true, encoding: .utf8)
        }
        let second = BudgetReader.read(text: written, fileName: "written-323003-2025.txt")
        #expect(second.errors.isEmpty, "\(second.errors)")
        let reread = try #require(second.budget)
        // Part by part first, so a difference says where it is.
        #expect(reread.t1 == budget.t1)
        #expect(reread.t2 == budget.t2)
        #expect(reread.t3 == budget.t3)
        #expect(reread.t4 == budget.t4)
        #expect(reread.t5 == budget.t5)
        #expect(reread.t6 == budget.t6)
        #expect(reread.t7 == budget.t7)
        #expect(reread.t8 == budget.t8)
        #expect(reread.t9 == budget.t9)
        #expect(reread.procurement == budget.procurement)
        #expect(reread.assets == budget.assets)
        #expect(reread.performance == budget.performance)
        #expect(reread.narrative?.title == budget.narrative?.title)
        #expect(reread.narrative?.blocks == budget.narrative?.blocks)
        #expect(reread.narrative?.claims == budget.narrative?.claims)
        #expect(reread == budget)
        // Writing is stable: the second budget writes the same text.
        #expect(TextLayoutWriter.write(reread) == written)
    }
}
