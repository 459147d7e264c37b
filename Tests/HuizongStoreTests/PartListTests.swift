import Testing
@testable import HuizongStore
import HuizongModel

/// A composite's part list read back: headline amounts in 分, and a damaged amount that is
/// a problem to report, never a trap.
@Suite struct PartListTests {
    private func list(headline fen: String) -> [UInt8] {
        let hash = String(repeating: "a", count: 64)
        return Array("huizong-parts\t1\npart\t\(hash)\t3\tT1\npart\t\(hash)\t4\tT2\nheadlines\t1\nheadline\tT1\t\(fen)\t合计\n".utf8)
    }

    @Test func headlinesReadBackExactly() throws {
        for fen: Int64 in [0, -1, 1_047_650_000, Amount.maxMagnitudeFen, -Amount.maxMagnitudeFen] {
            let decoded = try PartList.decode(list(headline: String(fen))).get()
            #expect(decoded.headlines?.first?.value == Amount(fen: fen))
            #expect(try PartList.decode(decoded.encoded()).get() == decoded)
        }
        #expect(try PartList.decode(list(headline: "")).get().headlines?.first?.value == nil)
    }

    @Test func amountsBeyondTheRangeAreAProblem() {
        for text in [String(Int64.min), String(Int64.max), String(Int64.min + 4095), "9223372036854775808", "1.5", "x"] {
            guard case .failure(.notAPartList(let detail)) = PartList.decode(list(headline: text)) else {
                Issue.record("headline \(text) read as an amount"); continue
            }
            #expect(detail.contains("金额无效"))
        }
    }
}
