import Testing
import HuizongModel

@Suite struct AmountTests {
    @Test func parsesTableFigures() {
        #expect(Amount.parse("1047.65") == .success(Amount(fen: 1_047_650_000)))
        #expect(Amount.parse("0.00") == .success(.zero))
        #expect(Amount.parse("98") == .success(Amount(wanHundredths: 9800)))
        #expect(Amount.parse("-0.10") == .success(Amount(wanHundredths: -10)))
        #expect(Amount.parse("−0.10") == .success(Amount(wanHundredths: -10)))
        #expect(Amount.parse("1O47.65") == .failure(.notANumber))
        #expect(Amount.parse("1047.655") == .failure(.tooManyDecimals(found: 3, allowed: 2)))
        #expect(Amount.parse("") == .failure(.notANumber))
        #expect(Amount.parse(".") == .failure(.notANumber))
        #expect(Amount.parse("12.") == .failure(.notANumber))
        #expect(Amount.parse("1,047.65") == .failure(.notANumber))
        #expect(Amount.parse("99999999999999999999") == .failure(.outOfRange))
    }

    @Test func yuanIsExactInFen() {
        let yuan = try! Amount.parse("5680394.36", unit: .yuan).get()
        #expect(yuan.fen == 568_039_436)
        #expect(yuan.text() == "568.039436")
        #expect(yuan.roundedWanHundredths == 56804)
        #expect(!yuan.isOnWanGrid)
    }

    @Test func printsTwoDecimalsOrMoreWhenFiner() {
        #expect(Amount("1047.65").text() == "1047.65")
        #expect(Amount("98").text() == "98.00")
        #expect(Amount(wanHundredths: -10).text() == "-0.10")
        #expect(Amount(fen: 568_039_436).text(in: .yuan) == "5680394.36")
        #expect(Amount(fen: 1).text() == "0.000001")
    }

    @Test func emptyStaysEmptyInSums() {
        let cells: [Amount?] = [nil, nil]
        #expect(cells.sumKeepingEmpty() == nil)
        #expect([nil, Amount("0.00")].sumKeepingEmpty() == .zero)
        #expect([Amount("1.10"), nil, Amount("2.20")].sum() == Amount("3.30"))
    }

    /// Property: printing then parsing any amount on the 0.01 万元 grid gives it back.
    @Test func printParseRoundTrip() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let hundredths = Int64(bitPattern: state >> 20) % 10_000_000_000
            let amount = Amount(wanHundredths: hundredths)
            #expect(Amount.parse(amount.text()) == .success(amount))
        }
    }

    @Test func quantities() {
        #expect(Quantity.parse("2000") == Quantity(2000))
        #expect(Quantity.parse("1234.50")?.description == "1234.50")
        #expect(Quantity.parse("x") == nil)
        #expect(Quantity(210).times(Amount("0.02")) == Amount("4.20"))
    }

    /// `fenTimes` is `times` in 分, rounded half away from zero on both sides.
    @Test func quantityProductsInFen() {
        let half = Quantity(tenThousandths: 5_000, decimals: 1)
        #expect(half.fenTimes(3) == 2)      // 1.5 分 → 2
        #expect(half.fenTimes(-3) == -2)    // −1.5 分 → −2
        #expect(half.fenTimes(1) == 1)      // 0.5 分 → 1
        #expect(Quantity(tenThousandths: 4_999, decimals: 4).fenTimes(1) == 0)
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        for _ in 0..<500 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let quantity = Quantity(tenThousandths: Int64(state >> 40), decimals: 4)
            let fen = Int64(bitPattern: state) % 1_000_000_000
            #expect(quantity.times(Amount(fen: fen)) == Amount(fen: quantity.fenTimes(fen)))
        }
    }

    @Test func codes() {
        let code = SubjectCode(function: "2080109")
        #expect(code.level == .item)
        #expect(code.parent == SubjectCode(function: "20801"))
        #expect(code.parent?.parent == SubjectCode(function: "208"))
        #expect(code.category == SubjectCode(function: "208"))
        #expect(SubjectCode(function: "208").parent == nil)
        #expect(SubjectCode("2080109", scheme: .economic) == nil)
        #expect(SubjectCode("20a", scheme: .function) == nil)
        #expect(SubjectCode(function: "208") < SubjectCode(function: "20801"))
        #expect(SubjectCode(function: "2080199") < SubjectCode(function: "20805"))
        #expect(code.isWithin(SubjectCode(function: "208")))
    }
}

/// The 8-byte `Amount?` (the 分 kept as a pointer-sized pattern whose low 4,096 values
/// Swift keeps for `nil`).
@Suite struct AmountLayoutTests {
    @Test func anEmptyCellTakesNoMoreThanAnAmount() {
        #expect(MemoryLayout<Amount>.size == 8)
        #expect(MemoryLayout<Amount?>.size == 8)
        #expect(MemoryLayout<Amount?>.stride == 8)
    }

    @Test func everyValueRoundTripsAndStaysDistinctFromEmpty() {
        let edges: [Int64] = [0, 1, -1, 4095, -4095, 4096, -4096, 1_047_650_000, Int64.max, Int64.max - 4095,
                              -Amount.maxMagnitudeFen, Int64.min + 4096, Int64.min + 4097]
        for fen in edges {
            let amount = Amount(fen: fen)
            #expect(amount.fen == fen)
            let cell: Amount? = amount
            #expect(cell != nil && cell?.fen == fen)
            // A nested optional keeps all three states apart.
            let nested: Amount?? = cell
            let emptyInside: Amount?? = .some(nil)
            #expect(nested != nil && nested! != nil && emptyInside != nil && emptyInside! == nil)
            // Every amount up to the parse limit can be negated.
            let negated = fen <= Amount.maxMagnitudeFen ? -fen : 0
            var changed = amount
            changed.fen = negated
            #expect(changed.fen == negated && -Amount(fen: negated) == Amount(fen: -negated))
        }
        #expect(Amount(fen: 5) < Amount(fen: 6) && Amount(fen: -6) < Amount(fen: -5) && Amount(fen: -1) < .zero)
        #expect(Amount(fen: Int64.min + 4096) < Amount(fen: Int64.max))
        #expect([Amount?]([nil, .zero, Amount(fen: -1)]).map { $0?.fen } == [nil, 0, -1])
    }

    @Test func textBeyondTheRangeIsOutOfRangeNotATrap() {
        // 9,223,372,036,854.775807 万元 is Int64.max 分: within Int64, beyond what an Amount holds.
        #expect(Amount.parse("9223372036854.775807", maxDecimals: 6) == .failure(.outOfRange))
        #expect(Amount.parse("-9223372036854.775807", maxDecimals: 6) == .failure(.outOfRange))
        #expect(Amount.parse("-9223372036854.771712", maxDecimals: 6) == .success(Amount(fen: -Amount.maxMagnitudeFen)))
    }
}
