import Foundation
import Testing
@testable import HuizongParse
import HuizongModel

@Suite struct JSONWriterTests {
    @Test func amountsAreDecimalStringsAndKeysSorted() throws {
        let json = try JSONWriter.write(WriterSample.budget())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "323003")
        #expect(object["year"] as? Int == 2025)
        let t1 = try #require(object["t1"] as? [String: Any])
        let lines = try #require(t1["lines"] as? [[String: Any]])
        let income = try #require(lines.first?["income"] as? [Any])
        #expect(income.first as? String == "1047.65")
        // An empty cell is null, zero is "0.00".
        let second = try #require(lines.dropFirst().first)
        #expect((second["income"] as? [Any])?.first is NSNull)
        #expect((second["expenditure"] as? [Any])?.first as? String == "0.00")

        // Sorted keys: top-level keys appear in lexicographic order.
        let topKeys = ["assets", "code", "currency", "name", "narrative", "performance", "procurement",
                       "scope", "t1", "t2", "t7", "t9", "year"]
        let positions = topKeys.map { json.range(of: "\n  \"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        // Pretty-printed, slashes unescaped (P item `公用经费一` has none; the date does).
        #expect(json.contains("\n      \"asOf\" : \"2024-12-31\""))
        #expect(!json.contains("\\/"))
    }

    @Test func slashesAreNotEscaped() throws {
        var budget = WriterSample.budget()
        budget.name = "甲/乙"
        let json = try JSONWriter.write(budget)
        #expect(json.contains("\"name\" : \"甲/乙\""))
    }

    @Test func decodesBackToEqualBudget() throws {
        let budget = WriterSample.budget()
        let json = try JSONWriter.write(budget)
        let decoded = try JSONDecoder().decode(Budget.self, from: Data(json.utf8))
        #expect(decoded == budget)
    }
}
