import Testing
@testable import HuizongRollup
import HuizongModel

/// `sameBytesBorrowed` must answer as `bytesEqual` does for every pair of texts.
@Suite struct BorrowedBytesTests {
    static let texts: [String] = [
        "", "a", "b", "ab", "支出总计", "支出 总计", "支出总计 ", "上年结转结余", "上年结转结馀",
        "a\u{0}b", "a\u{0}c", "\u{0}", "é", "e\u{301}", String(repeating: "采购", count: 40),
        String(repeating: "采购", count: 39) + "采买",
    ]

    @Test func agreesWithBytesEqual() {
        for a in Self.texts {
            for b in Self.texts {
                #expect(a.sameBytesBorrowed(b) == a.bytesEqual(b), "\(a.debugDescription) vs \(b.debugDescription)")
                #expect(a.sameBytesBorrowed(b) == (Array(a.utf8) == Array(b.utf8)))
            }
        }
    }
}
