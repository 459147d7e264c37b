import Testing
import HuizongModel
@testable import HuizongParse

/// ``HeaderNotes`` keeps the first header whole and of later ones only what differs.
struct HeaderNotesTests {
    private func header(_ code: String = "323003", _ name: String = "河北省某某单位（本级）",
                        year: Int? = nil, currency: String? = nil, line: Int) -> TableHeader {
        TableHeader(scope: .unit, unitCode: code, unitName: name, budgetYear: year, currency: currency,
                    source: SourceLocation(line: line))
    }

    @Test func agreeingHeadersKeepOnlyTheFirst() {
        var notes = HeaderNotes()
        #expect(notes.isEmpty)
        notes.note(.t1, header(line: 3))
        notes.note(.t2, header(year: 2025, line: 40))
        notes.note(.t3, header(year: 2025, currency: "万元", line: 80))
        notes.note(.t4, header(currency: "万元", line: 120))
        #expect(!notes.isEmpty)
        #expect(notes.first?.table == .t1)
        #expect(notes.first?.header == header(line: 3))
        // The first year and currency printed, though the first header prints neither.
        #expect(notes.year == 2025)
        #expect(notes.currency == "万元")
        #expect(notes.differences.isEmpty)
    }

    @Test func laterHeadersKeepWhatDiffers() {
        var notes = HeaderNotes()
        notes.note(.t1, header(year: 2025, currency: "万元", line: 3))
        notes.note(.t2, header("323004", line: 40))
        notes.note(.t3, header(name: "别的单位", year: 2024, line: 80))
        notes.note(.t5, header(currency: "元", line: 120))
        let differences = notes.differences
        #expect(differences.count == 3)
        #expect(differences.map(\.table) == [.t2, .t3, .t5])
        #expect(differences.map(\.source.line) == [40, 80, 120])
        #expect(differences[0].unitCode == "323004" && differences[0].unitName == nil)
        #expect(differences[1].unitCode == nil && differences[1].unitName == "别的单位" && differences[1].year == 2024)
        #expect(differences[2].currency == "元" && differences[2].year == nil)
        #expect(notes.year == 2025 && notes.currency == "万元")
    }

    private func header(name: String, year: Int?, line: Int) -> TableHeader {
        header("323003", name, year: year, line: line)
    }
}
