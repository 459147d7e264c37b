import Testing
import HuizongModel

/// The byte comparisons read texts through `withBorrowedUTF8` (no copy, no retain): they
/// must answer as comparing the texts' UTF-8 arrays does, for short (inline) and long
/// (heap) texts, Chinese, NULs inside a text and decomposed accents.
@Suite struct BorrowedUTF8Tests {
    static let texts: [String] = [
        "", "a", "b", "ab", "支出总计", "支出 总计", "支出总计 ", "上年结转结余", "上年结转结馀",
        "a\u{0}b", "a\u{0}c", "\u{0}", "é", "e\u{301}", "123456789012345", "1234567890123456",
        String(repeating: "采购", count: 40), String(repeating: "采购", count: 39) + "采买",
        String(repeating: "采购", count: 39) + "\u{0}采", "　本年收入合计\u{00A0}",
    ]

    @Test func lendsEveryByte() {
        for text in Self.texts {
            #expect(text.withBorrowedUTF8 { Array($0) } == Array(text.utf8), "\(text.debugDescription)")
        }
        // A text made from a substring (its own storage) and a bridged-looking copy.
        let part = String(String(repeating: "预算", count: 20).dropFirst(3))
        #expect(part.withBorrowedUTF8 { Array($0) } == Array(part.utf8))
    }

    @Test func comparisonsAgreeWithUTF8Arrays() {
        for a in Self.texts {
            let x = Array(a.utf8)
            for b in Self.texts {
                let y = Array(b.utf8)
                #expect(a.bytesEqual(b) == (x == y), "\(a.debugDescription) = \(b.debugDescription)")
                #expect(a.hasPrefixBytes(b) == (x.count >= y.count && Array(x.prefix(y.count)) == y))
                #expect(a.hasSuffixBytes(b) == (x.count >= y.count && Array(x.suffix(y.count)) == y))
                let contains = y.isEmpty || (x.count >= y.count && (0...(x.count - y.count)).contains { Array(x[$0..<($0 + y.count)]) == y })
                #expect(a.containsBytes(b) == contains, "\(a.debugDescription) ⊇ \(b.debugDescription)")
                #expect(ByteKey(a) == ByteKey(b) ? x == y : x != y)
                if x == y { #expect(ByteKey(a).hashValue == ByteKey(b).hashValue) }
            }
            #expect(a.isBlank == a.allSatisfy(\.isWhitespace))
        }
    }
}
