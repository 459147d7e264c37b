import Testing
import HuizongModel

/// `Budget.keepFirstClaims(about:)`: a budget keeps the first claim about each subject
/// asked, in document order, and hands back the list it held.
@Suite struct KeptClaimsTests {
    static func claim(_ subject: ClaimSubject, _ fen: Int64, line: Int) -> NarrativeClaim {
        NarrativeClaim(subject: subject, name: "", change: .level, amount: Amount(fen: fen), unit: .wanYuan,
                       printed: "\(fen)", label: subject.rawValue, source: SourceLocation(line: line))
    }

    static func budget(_ claims: [NarrativeClaim]) -> Budget {
        var budget = Budget(code: "323003", name: "单位", year: 2025)
        budget.narrative = Narrative(title: "情况说明", blocks: [], claims: claims, source: SourceLocation(line: 3))
        return budget
    }

    static let subjects: [ClaimSubject] = [.fixedAssets, .plannedAssetPurchases]

    @Test func theFirstClaimAboutEachSubjectIsKeptInOrder() {
        let claims = [Self.claim(.totalIncome, 1, line: 10), Self.claim(.plannedAssetPurchases, 2, line: 11),
                      Self.claim(.fixedAssets, 3, line: 12), Self.claim(.plannedAssetPurchases, 4, line: 13),
                      Self.claim(.fixedAssets, 5, line: 14), Self.claim(.totalIncome, 6, line: 15)]
        let before = Self.budget(claims)
        var budget = before
        let dropped = budget.keepFirstClaims(about: Self.subjects)
        #expect(budget.narrative?.claims == [claims[1], claims[2]])
        #expect(budget.narrative?.claims.capacity ?? 0 < 4)
        #expect(dropped == claims)
        // The copy made before keeps every claim; the rest of the narrative is kept.
        #expect(before.narrative?.claims == claims)
        #expect(budget.narrative?.title == "情况说明" && budget.narrative?.source.line == 3)
        // What the asset summary reads is the same.
        for subject in Self.subjects {
            #expect(budget.narrative?.claims.first { $0.subject == subject } == claims.first { $0.subject == subject })
        }
    }

    @Test func aNarrativeWithoutThoseSubjectsKeepsNoClaim() {
        let claims = [Self.claim(.totalIncome, 1, line: 10), Self.claim(.totalIncome, 2, line: 11)]
        var budget = Self.budget(claims)
        #expect(budget.keepFirstClaims(about: Self.subjects) == claims)
        #expect(budget.narrative?.claims.isEmpty == true && budget.narrative?.claims.capacity == 0)
        var none = Budget(code: "323003", name: "单位", year: 2025)
        #expect(none.keepFirstClaims(about: Self.subjects).isEmpty)
        #expect(none.narrative == nil)
    }
}
