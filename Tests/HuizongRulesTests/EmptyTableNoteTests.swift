import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// T7/T8: an empty table must say so in its note and a table with amounts must not; the
/// finding points at the table's header line and quotes the note.
@Suite struct EmptyTableNoteTests {
    func findings(_ budget: Budget, _ rule: any BudgetRule.Type) -> [Finding] {
        Checker(rules: [rule]).check(budget, file: "seed").findings
    }

    @Test func emptyWithoutNoteAndFilledWithNoteFailAtTheHeaderLine() throws {
        let seed = Seed.budget
        #expect(findings(seed, T7EmptyTableNoteRule.self).isEmpty)
        #expect(findings(seed, T8EmptyTableNoteRule.self).isEmpty)
        var noNote = seed
        noNote.t7?.note = nil
        let missing = findings(noNote, T7EmptyTableNoteRule.self)
        #expect(missing.count == 1)
        #expect(missing.first?.line == seed.t7?.header.source.line && (seed.t7?.header.source.line ?? 0) > 0)
        #expect(missing.first?.message.contains("为空表，但表后未注明") == true)
        var filled = seed
        T7SampleFund.filled { $0.t7?.note = "注：本表  空表列示。" }(&filled)
        let stray = findings(filled, T7EmptyTableNoteRule.self)
        #expect(stray.count == 1 && stray.first?.line == filled.t7?.header.source.line)
        #expect(stray.first?.message.contains("“注：本表  空表列示。”") == true)
        // The seed's T8 has amounts: a note saying 空表, even spaced out, is a finding.
        var spaced = seed
        spaced.t8?.note = "注：无国有资本经营预算财政拨款预算，空 表列示。"
        let spacedFindings = findings(spaced, T8EmptyTableNoteRule.self)
        #expect(spacedFindings.count == 1 && spacedFindings.first?.line == seed.t8?.header.source.line)
        #expect(spacedFindings.first?.message.contains("列有金额，表后却注明“注：无国有资本经营预算财政拨款预算，空 表列示。”") == true)
        var noTable = seed
        noTable.t8 = nil
        #expect(findings(noTable, T8EmptyTableNoteRule.self).isEmpty)
    }
}
