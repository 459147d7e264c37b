import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// Reasons recorded without a closure (a quoted narrative claim, several reasons joined)
/// read as the reasons written out at once did; the three-cell collection lists its cells.
@Suite struct NotCheckedReasonTests {
    /// The seed's narrative claims.
    static var claims: [NarrativeClaim] { Seed.budget.narrative?.claims ?? [] }

    /// A claim quoted as the rule used to write it: before + 第n项“label printed unit” + after.
    static func written(_ claims: [NarrativeClaim], _ index: Int, _ before: String, _ after: String) -> String {
        before + "第\(index + 1)项“" + claims[index].label + claims[index].printed + claims[index].unit.rawValue + "”" + after
    }

    @Test func aQuotedClaimReadsAsWrittenOut() throws {
        let claims = Self.claims
        try #require(claims.count >= 3)
        let wordings: [(ClaimQuote.Wording, String, String)] = [
            (.noFigureThisYear, "无法确定", "对应的本年数"),
            (.noLastYearBudget, "无上年预算数据：", "未核对"),
            (.noFigureLastYear, "上年预算中找不到", "对应的数"),
        ]
        for index in [0, 1, claims.count - 1] {
            for (wording, before, after) in wordings {
                let expected = Self.written(claims, index, before, after)
                #expect(ClaimQuote(claims, index, wording).text == expected)
                #expect(NotCheckedReason.quoted(ClaimQuote(claims, index, wording)).text == expected)
            }
        }
    }

    /// A quote copies what it prints of its claim: the claim list stays its narrative's
    /// alone (a quote holding it kept every unit's list alive with the unit's report).
    @Test func aQuoteHoldsNoClaimList() throws {
        // A list of its own (the seed's is shared with the seed's budget).
        var claims: [NarrativeClaim] = []
        claims.append(contentsOf: Self.claims)
        try #require(claims.count >= 3)
        let storage = claims.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        let expected = Self.written(claims, 2, "无法确定", "对应的本年数")
        let reasons: [NotCheckedReason] = [.quoted(ClaimQuote(claims, 2, .noFigureThisYear)),
                                           .quoted(ClaimQuote(claims, 0, .noLastYearBudget))]
        // Changed in place: no copy, so no quote holds the list.
        claims[2].label = "改过的"
        claims[2].printed = "0.01"
        #expect(claims.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } == storage)
        // Each quote still reads as the claim was when quoted.
        #expect(reasons[0].text == expected)
        #expect(reasons[1].text == Self.written(Self.claims, 0, "无上年预算数据：", "未核对"))
    }

    @Test func severalReasonsAreJoinedWhenRead() {
        let claims = Self.claims
        let reasons: [NotCheckedReason] = [.text("一"), .quoted(ClaimQuote(claims, 0, .noLastYearBudget)), .deferred { "三" }]
        let expected = "一；" + Self.written(claims, 0, "无上年预算数据：", "未核对") + "；三"
        #expect(NotCheckedReason.one(reasons).text == expected)
        #expect(NotCheckedReason.joined(reasons) == expected)
        // One reason stands for itself.
        #expect(NotCheckedReason.one([.text("一")]).text == "一")
        // A joined reason among others is written out in its place.
        #expect(NotCheckedReason.one([.text("零"), NotCheckedReason.one(reasons)]).text == "零；" + expected)
    }

    @Test func changesWithoutLastYearAreQuotedInTheLedger() throws {
        let report = Checker().check(Seed.budget, file: "seed")
        let line = try #require(report.ledger.first { $0.ruleID == "n_changes_match_last_year" })
        #expect(line.status == .notChecked)
        let claims = Self.claims
        // Every change claim whose figure is found this year is quoted, in claim order.
        let subject = CheckSubject(budget: Seed.budget, context: CheckContext())
        let expected = claims.indices.filter { claims[$0].change != .level }.map { index in
            subject.figureValue(claims[index].subject) == nil
                ? Self.written(claims, index, "无法确定", "对应的本年数")
                : Self.written(claims, index, "无上年预算数据：", "未核对")
        }
        try #require(!expected.isEmpty)
        #expect(line.reason == expected.joined(separator: "；"))
    }

    @Test func aTripleListsItsCellsInOrder() {
        let cells = [T1T4.Cell.income(.t1, 3), .income(.t1, 5), .spend(.t4, 7, 2)]
        let triple = T1T4.CellTriple(cells[0], cells[1], cells[2])
        #expect(triple.count == 3)
        #expect(Array(triple).map(\.index) == [3, 5, 7])
        #expect(Array(triple).map(\.isIncome) == [true, true, false])
        #expect(triple[2].column == 2)
    }

    /// A value is read as a ceiling only when it ends in 元 or in whitespace: told on the
    /// bytes, as `hasSuffixBytes("元")` and the text's last scalar told it.
    @Test func ceilingsAreReadOnlyFromValuesEndingInYuanOrWhitespace() {
        let values = ["≤98万元", "≤98万元 ", "≤98万元\u{3000}", "≤98万元\n", "元", "", " ", "100%", "≤20元/人", "≤5元",
                      "≤5圆", "≤5万", "≤5\u{5142}", "≤5\u{5144}", "≤1,000元\u{A0}", "x元y", "≤0.5万元\t"]
        for value in values {
            let gate = value.hasSuffixBytes("元") || value.last.map { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) } == true
            let endsWithYuan = Array(value.utf8).withUnsafeBufferPointer { PerformanceCostIndicator.endsWithYuan($0) }
            #expect(endsWithYuan == value.hasSuffixBytes("元"), "\(value)")
            if !gate { #expect(PerformanceCostIndicator.ceiling(value) == nil, "\(value)") }
        }
        #expect(PerformanceCostIndicator.ceiling("≤98万元\u{3000}") == Amount("98.00"))
        #expect(PerformanceCostIndicator.ceiling("≤5万") == nil)
    }
}
