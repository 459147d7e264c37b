import Testing
@testable import HuizongParse
import HuizongTestSupport

/// Strings made without a second UTF-8 check are the strings `String(decoding:as:)` makes,
/// and the check they rely on (``TextScan``) accepts exactly what the standard library does.
@Suite struct ValidUTF8Tests {
    /// One-, two-, three- and four-byte characters, and runs of ASCII longer than a word.
    static let text = Array("合计 A1é本年收入𠀀 (项目支出) 0.00 ¥12,345.67 信息化运维经费𝄞 abcdefghijklmnop 全区".utf8)

    /// Every piece of the text, whole characters or cut ones: the same string as decoding
    /// it, with the same ASCII flag (seen in the UTF-16 view's count and in hashing).
    @Test func everyPieceIsTheDecodedString() {
        Self.text.withUnsafeBufferPointer { text in
            for start in 0...text.count {
                for end in start...text.count {
                    let piece = UnsafeBufferPointer(rebasing: text[start..<end])
                    let made = ValidUTF8.string(piece)
                    let decoded = String(decoding: piece, as: UTF8.self)
                    if made != decoded || !made.utf8.elementsEqual(decoded.utf8)
                        || made.utf16.count != decoded.utf16.count || made.hashValue != decoded.hashValue
                        || made.utf8Span.isKnownASCII != decoded.utf8Span.isKnownASCII {
                        Issue.record("piece \(start)..<\(end): \(made.debugDescription) against \(decoded.debugDescription)")
                        return
                    }
                }
            }
        }
    }

    /// The ends: a piece that begins inside a character or stops inside one is not whole.
    @Test func endsAreCheckedForWholeCharacters() {
        let bytes = Array("本é𠀀a".utf8) // E6 9C AC | C3 A9 | F0 A0 80 80 | 61
        bytes.withUnsafeBufferPointer { text in
            func whole(_ range: Range<Int>) -> Bool { ValidUTF8.startsAndEndsWhole(UnsafeBufferPointer(rebasing: text[range])) }
            #expect(whole(0..<3) && whole(3..<5) && whole(5..<9) && whole(9..<10) && whole(0..<10))
            #expect(!whole(1..<3) && !whole(0..<2) && !whole(3..<4) && !whole(4..<5))
            #expect(!whole(5..<8) && !whole(6..<9) && !whole(0..<8) && !whole(8..<10))
        }
        [UInt8](repeating: 0x41, count: 19).withUnsafeBufferPointer { #expect(ValidUTF8.isASCII($0)) }
        Array("abcdefghijklmnopé".utf8).withUnsafeBufferPointer { #expect(!ValidUTF8.isASCII($0)) }
    }

    /// The reader's UTF-8 check against the standard library's on random bytes and on valid
    /// texts with one byte changed: a text it passes is one the standard library accepts.
    @Test func textScanAcceptsExactlyValidUTF8() {
        var random = SeededRandom(seed: 0x0F8_0009)
        let samples: [[UInt8]] = [Self.text, Array("\u{FEFF}单位：万元\t一般公共服务支出\n".utf8), Array("\u{10FFFF}\u{D7FF}\u{E000}".utf8)]
        var disagreements = 0
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = samples[round % samples.count]
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: random.next())
            } else {
                bytes = (0..<Int(random.next() % 24)).map { _ in
                    // Mostly the bytes that matter: leads, continuations and the edges.
                    let choices: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF,
                                            0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90]
                    return choices[Int(random.next() % UInt64(choices.count))]
                }
            }
            let scanned = TextScan(bytes).isValidUTF8
            let accepted = String(validating: bytes, as: UTF8.self) != nil
            if scanned != accepted { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }
}
