import Testing
@testable import HuizongParse
import HuizongTestSupport

/// Short texts are cached by their bytes packed into two words: every byte must count,
/// whether the text lies inside a larger buffer or at the very end of a small one (a
/// cell lent on its own), where its words are read in pieces.
@Suite struct ShortStringsTests {
    /// A text of `length` bytes drawn from a tiny alphabet (so that many texts differ in
    /// one byte only), with a CJK character now and then.
    private func text(length: Int, _ random: inout SeededRandom) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < length {
            if length - bytes.count >= 3 && random.next() % 5 == 0 {
                bytes += Array("支".utf8)
            } else {
                bytes.append(random.next() % 2 == 0 ? UInt8(ascii: "a") : UInt8(ascii: "b"))
            }
        }
        return bytes
    }

    @Test func everyTextIsItsString() {
        var random = SeededRandom(seed: 0x5EED_0009)
        var cache = ShortStrings()
        for round in 0..<6_000 {
            let length = 1 + Int(random.next() % 15)
            let bytes = text(length: length, &random)
            let expected = String(decoding: bytes, as: UTF8.self)
            // Alone in its buffer, at the end of a larger one, or with room after it.
            let before = Int(random.next() % 12)
            let after = round % 3 == 0 ? 0 : Int(random.next() % 20)
            let buffer = [UInt8](repeating: UInt8(ascii: "z"), count: before) + bytes
                + [UInt8](repeating: UInt8(ascii: "y"), count: after)
            let found = buffer.withUnsafeBufferPointer { cache.string($0, before..<before + bytes.count) }
            if found != expected {
                Issue.record("\(expected) read as \(found) (\(before) bytes before, \(after) after)")
                return
            }
        }
    }

    @Test func textsEndingTheirBufferKeepEveryByte() {
        var cache = ShortStrings()
        // Every length, each text then the same text with one byte changed.
        for length in 1...15 {
            for changed in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                let plain = bytes.withUnsafeBufferPointer { cache.string($0, 0..<length) }
                bytes[changed] = UInt8(ascii: "b")
                let other = bytes.withUnsafeBufferPointer { cache.string($0, 0..<length) }
                #expect(plain == String(repeating: "a", count: length))
                #expect(other == String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}
