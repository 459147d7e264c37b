import Foundation
import Testing
import HuizongModel

private typealias Location = HuizongModel.SourceLocation

/// The kept model values' sizes (a 10,000-unit roll-up keeps every budget until the
/// roll-up: a byte more per row is megabytes more to fault in), and the 32-bit line of
/// ``SourceLocation`` that lets them pack.
@Suite struct ModelLayoutTests {
    @Test func keptValuesPackWithoutPadding() {
        #expect(MemoryLayout<Location>.size == 4)
        #expect(MemoryLayout<TableHeader>.stride == 80)
        #expect(MemoryLayout<ClassifiedRow>.stride == 56)
        #expect(MemoryLayout<BalanceLine>.stride == 56)
        #expect(MemoryLayout<LabeledRow>.stride == 48)
        #expect(MemoryLayout<ProcurementRow>.stride == 120)
        #expect(MemoryLayout<PerformanceTable>.stride == 144)
        #expect(MemoryLayout<NarrativeBlock>.stride == 40)
        #expect(MemoryLayout<NarrativeClaim>.stride == 64)
    }

    @Test func linesKeepEveryValueOf32Bits() {
        for line in [0, 1, 2, 255, 256, 65_535, 65_536, Int(Int32.max), Int(UInt32.max) - 1, Int(UInt32.max)] {
            #expect(Location(line: line).line == line)
            var location = Location.none
            location.line = line
            #expect(location.line == line)
        }
        #expect(Location.none.line == 0)
        #expect(Location(line: 7).description == "第7行")
        #expect(Location.none.description == "")
    }

    @Test func linesEncodeAsNumbersAndRejectWhatNoFileHas() throws {
        let encoded = try JSONEncoder().encode([Location(line: 12), Location(line: Int(UInt32.max))])
        #expect(String(decoding: encoded, as: UTF8.self) == "[12,4294967295]")
        let decoded = try JSONDecoder().decode([Location].self, from: encoded)
        #expect(decoded.map(\.line) == [12, Int(UInt32.max)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Location].self, from: Data("[4294967296]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Location].self, from: Data("[-1]".utf8)) }
    }

    @Test func reorderedFieldsKeepTheirValues() {
        let claim = NarrativeClaim(subject: .project, name: "项目甲", change: .decrease, amount: Amount(fen: 12_345),
                                   unit: .yuan, printed: "123.45", label: "减少", source: Location(line: 9))
        #expect(claim.subject == .project && claim.name == "项目甲" && claim.change == .decrease)
        #expect(claim.amount == Amount(fen: 12_345) && claim.unit == .yuan && claim.printed == "123.45")
        #expect(claim.label == "减少" && claim.source.line == 9)
        let row = ClassifiedRow(number: 3, code: SubjectCode(function: "20101"), name: "人大事务",
                                amounts: [Amount(fen: 1), nil], source: Location(line: 40))
        #expect(row.number == 3 && row.code == SubjectCode(function: "20101") && row.name == "人大事务")
        #expect(row.amounts == [Amount(fen: 1), nil] && row.source.line == 40)
        let header = TableHeader(scope: .department, unitCode: "301", unitName: "局", budgetYear: 2025,
                                 currency: "万元", asOf: "2024年12月31日", source: Location(line: 2))
        #expect(header.scope == .department && header.unitCode == "301" && header.unitName == "局")
        #expect(header.budgetYear == 2025 && header.currency == "万元" && header.asOf == "2024年12月31日")
        #expect(header.source.line == 2)
    }
}
