import Foundation
import Testing
import HuizongModel

typealias PackedLocation = HuizongModel.SourceLocation

/// ``ClassifiedRow`` and ``BalanceLine`` keep their 序号 in 32 bits (56 bytes a row, not
/// 64) and still read, write, compare and code it as the `Int` they stored before.
@Suite struct PackedRowNumberTests {
    /// ``ClassifiedRow`` as it was stored before (synthesized coding).
    struct StoredClassifiedRow: Codable {
        var name: String
        var amounts: [Amount?]
        var number: Int?
        var source: PackedLocation
        var code: Optional<SubjectCode>
    }

    /// ``BalanceLine`` as it was stored before (synthesized coding).
    struct StoredBalanceLine: Codable {
        var number: Int
        var incomeItem: String
        var income: [Amount?]
        var expenditureItem: String
        var expenditure: [Amount?]
        var source: PackedLocation
    }

    static let numbers: [Int?] = [nil, 0, 1, 37, 65_535, 65_536, Int(Int32.max), Int(Int32.min), -1]

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: numbers)
    func classifiedRowsKeepAndCodeTheirNumber(number: Int?) throws {
        for code in [nil, SubjectCode(function: "2080109"), SubjectCode(economic: "30101")] {
            var row = ClassifiedRow(number: number, code: code, name: code == nil ? "合计" : "行政运行",
                                    amounts: [Amount(fen: 1_234), nil, Amount(fen: -5)], source: PackedLocation(line: 77))
            #expect(row.number == number && row.code == code && row.source.line == 77)
            #expect(row.amounts == [Amount(fen: 1_234), nil, Amount(fen: -5)])
            let stored = StoredClassifiedRow(name: row.name, amounts: row.amounts, number: number, source: row.source, code: code)
            #expect(try Self.json(row) == Self.json(stored))
            let decoded = try JSONDecoder().decode(ClassifiedRow.self, from: JSONEncoder().encode(stored))
            #expect(decoded == row && decoded.number == number)
            row.number = 5
            #expect(row.number == 5 && row != decoded)
            row.number = number
            #expect(row == decoded)
        }
    }

    @Test(arguments: numbers.compactMap { $0 })
    func balanceLinesKeepAndCodeTheirNumber(number: Int) throws {
        var line = BalanceLine(number: number, incomeItem: "一、一般公共预算拨款收入", income: [Amount(fen: 102_359)],
                               expenditureItem: "", expenditure: [nil, Amount(fen: 3), nil, nil], source: PackedLocation(line: 12))
        #expect(line.number == number && line.source.line == 12 && line.incomeItem == "一、一般公共预算拨款收入")
        #expect(line.income == [Amount(fen: 102_359)] && line.expenditure == [nil, Amount(fen: 3), nil, nil])
        let stored = StoredBalanceLine(number: number, incomeItem: line.incomeItem, income: line.income,
                                       expenditureItem: line.expenditureItem, expenditure: line.expenditure, source: line.source)
        #expect(try Self.json(line) == Self.json(stored))
        let decoded = try JSONDecoder().decode(BalanceLine.self, from: JSONEncoder().encode(stored))
        #expect(decoded == line && decoded.number == number)
        line.number = 6
        #expect(line.number == 6 && line != decoded)
    }

    @Test func numbersBeyond32BitsAreRejectedWhenDecoded() throws {
        let row = StoredClassifiedRow(name: "a", amounts: [], number: Int(Int32.max) + 1, source: PackedLocation(line: 1), code: nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ClassifiedRow.self, from: JSONEncoder().encode(row)) }
        let line = StoredBalanceLine(number: Int(Int32.min) - 1, incomeItem: "", income: [], expenditureItem: "",
                                     expenditure: [], source: PackedLocation(line: 1))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BalanceLine.self, from: JSONEncoder().encode(line)) }
    }
}
