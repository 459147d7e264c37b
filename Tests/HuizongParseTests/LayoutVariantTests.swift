import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// Every layout of the seed reads to the same model, and every layout round-trips
/// through the writer.
@Suite struct LayoutVariantTests {
    static let variants: [(String, [UInt8])] = [
        ("pipe", Array(LayoutVariants.pipe(Seed.text).utf8)),
        ("ascii-colons", Array(LayoutVariants.asciiColons(Seed.text).utf8)),
        ("crlf", Array(LayoutVariants.crlf(Seed.text).utf8)),
        ("bom", LayoutVariants.withBOM(Seed.text)),
        ("gb18030", LayoutVariants.gb18030(Seed.text)),
        ("pipe+crlf+bom", LayoutVariants.withBOM(LayoutVariants.crlf(LayoutVariants.pipe(Seed.text)))),
        ("pipe+gb18030+colons", LayoutVariants.gb18030(LayoutVariants.pipe(LayoutVariants.asciiColons(Seed.text)))),
    ]

    @Test(arguments: variants.map(\.0))
    func variantReadsToTheSeedModel(_ name: String) throws {
        let bytes = Self.variants.first { $0.0 == name }!.1
        let result = BudgetReader.read(bytes: bytes, fileName: "\(name).txt")
        #expect(result.diagnostics.map(\.rendered) == [])
        let budget = try #require(result.budget)
        #expect(budget == Seed.budget)
        if budget != Seed.budget { ModelDifference.report(budget, Seed.budget) }
    }

    @Test func pipeLayoutIsDetected() {
        let result = BudgetReader.read(text: LayoutVariants.pipe(Seed.text))
        #expect(result.layout == .pipe)
        #expect(BudgetReader.read(bytes: LayoutVariants.gb18030(Seed.text), fileName: "gb").encoding == .gb18030)
        #expect(BudgetReader.read(bytes: LayoutVariants.withBOM(Seed.text), fileName: "bom").encoding == .utf8WithBOM)
    }

    @Test func seedRoundTripsThroughTheWriter() throws {
        let written = TextLayoutWriter.write(Seed.budget)
        let again = BudgetReader.read(text: written, fileName: "written.txt")
        #expect(again.diagnostics.map(\.rendered) == [])
        let budget = try #require(again.budget)
        #expect(budget == Seed.budget)
        if budget != Seed.budget { ModelDifference.report(budget, Seed.budget) }
        // Writing what was read back gives the same text again.
        #expect(TextLayoutWriter.write(budget) == written)
    }

    @Test(arguments: variants.map(\.0))
    func variantRoundTripsThroughTheWriter(_ name: String) throws {
        let bytes = Self.variants.first { $0.0 == name }!.1
        let budget = try #require(BudgetReader.read(bytes: bytes, fileName: name).budget)
        let again = try #require(BudgetReader.read(text: TextLayoutWriter.write(budget)).budget)
        #expect(again == budget)
    }
}

/// Prints where two budgets differ (test diagnostics only).
enum ModelDifference {
    static func report(_ a: Budget, _ b: Budget) {
        let ja = (try? JSONWriter.write(a))?.components(separatedBy: "\n") ?? []
        let jb = (try? JSONWriter.write(b))?.components(separatedBy: "\n") ?? []
        var shown = 0
        for (index, (x, y)) in zip(ja, jb).enumerated() where x != y && shown < 10 {
            print("json line \(index): \(x)  ≠  \(y)")
            shown += 1
        }
        if ja.count != jb.count { print("json lines: \(ja.count) vs \(jb.count)") }
    }
}
