import Testing
import HuizongModel

/// `CaseTagHashable` hashes and compares by the enum's case: each case must be equal only
/// to itself, and the types must stay one-byte payload-free enums.
@Suite struct CaseTagHashableTests {
    /// Every case equals itself only, and the set of cases keeps them all apart.
    func distinct<T: CaseTagHashable>(_ cases: [T]) -> Bool {
        MemoryLayout<T>.size == 1
            && Set(cases).count == cases.count
            && cases.indices.allSatisfy { i in cases.indices.allSatisfy { j in (cases[i] == cases[j]) == (i == j) } }
            && Set(cases.map(\.caseTag)).count == cases.count
    }

    @Test func modelEnumsHashByCase() {
        #expect(distinct(TableID.allCases))
        #expect(distinct(ClaimSubject.allCases))
        #expect(distinct([ClaimChange.level, .increase, .decrease]))
        #expect(distinct([BudgetScope.unit, .department]))
        #expect(distinct([SubjectCode.Scheme.function, .economic]))
        #expect(distinct([Amount.Unit.wanYuan, .yuan]))
        #expect(distinct([ProcurementRow.Kind.total, .subtotal, .item]))
    }

    @Test func dictionaryLookupsByCase() {
        var counts: [ClaimSubject: Int] = [:]
        for subject in ClaimSubject.allCases { counts[subject, default: 0] += 1 }
        #expect(counts.count == ClaimSubject.allCases.count)
        #expect(counts[.totalIncome] == 1)
    }
}
