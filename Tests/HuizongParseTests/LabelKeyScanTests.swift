import Testing
import HuizongTestSupport
@testable import HuizongParse

/// The word-at-a-time scans of ``LabelKey`` against the byte-by-byte tests they stand for.
struct LabelKeyScanTests {
    /// The byte-by-byte test: a byte D8…E0 or F0.
    static func mayHoldPrependScalarByteByByte(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        range.contains { bytes[$0] &- 0xD8 <= 8 || bytes[$0] == 0xF0 }
    }

    /// The byte-by-byte test: EF A4…AB, or F0 AF A0…A8.
    static func hasCompatibilityIdeographByteByByte(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            let b = bytes[index], next = bytes[index + 1]
            if b == 0xEF && (0xA4...0xAB).contains(next) { return true }
            if b == 0xF0 && next == 0xAF && index + 2 < range.upperBound && (0xA0...0xA8).contains(bytes[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Every byte value in every place of a word, alone among bytes that never count.
    @Test func everyByteInEveryPlace() {
        for filler: UInt8 in [0x41, 0x80, 0xE4] {
            for value in 0...255 {
                for place in 0..<11 {
                    var bytes = [UInt8](repeating: filler, count: 11)
                    bytes[place] = UInt8(value)
                    let range = 0..<bytes.count
                    #expect(LabelKey.mayHoldPrependScalar(bytes, range) == Self.mayHoldPrependScalarByteByByte(bytes, range))
                }
            }
        }
        for lead: UInt8 in [0xEF, 0xF0] {
            for second in 0...255 {
                for place in 0..<12 {
                    var bytes = [UInt8](repeating: 0xE4, count: 14)
                    bytes[place] = lead
                    bytes[place + 1] = UInt8(second)
                    bytes[place + 2] = 0xA4
                    for range in [0..<bytes.count, 0..<place + 2, 0..<place + 3, place..<bytes.count, place + 1..<bytes.count] {
                        #expect(LabelKey.hasCompatibilityIdeograph(bytes, range)
                                == Self.hasCompatibilityIdeographByteByByte(bytes, range))
                    }
                }
            }
        }
    }

    /// Random texts of bytes drawn mostly from the ones the scans look for, random ranges.
    @Test func randomTexts() {
        var random = SeededRandom(seed: 0x5EED_7E47)
        let common: [UInt8] = [0x20, 0x41, 0x80, 0xA4, 0xAF, 0xA8, 0xBC, 0xD7, 0xD8, 0xDF, 0xE0, 0xE1, 0xE4, 0xE9,
                               0xEE, 0xEF, 0xF0, 0xF1, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &random)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random) ? common.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            let lower = Int.random(in: 0...count, using: &random)
            let range = lower..<Int.random(in: lower...count, using: &random)
            #expect(LabelKey.mayHoldPrependScalar(bytes, range) == Self.mayHoldPrependScalarByteByByte(bytes, range))
            #expect(LabelKey.hasCompatibilityIdeograph(bytes, range) == Self.hasCompatibilityIdeographByteByByte(bytes, range))
        }
    }

    /// A performance title is told by its suffix whatever precedes it, and a Prepend lead
    /// anywhere in the line sends it the long way (to the same answer here).
    @Test func performanceTitles() {
        #expect(TitleMatcher.match("323003某单位2025年办公设备购置项目绩效目标表") == .performance)
        #expect(TitleMatcher.match("绩效目标表") == .performance)
        #expect(TitleMatcher.match("项目绩效目标") == nil)
        for line in ["323003某单位\u{0600}项目绩效目标表", "323003某单位项目\u{0600}绩效目标表", "\u{0600}绩效目标表"] {
            let expected: TitleMatcher.Match? = TitleMatcher.key(line).hasSuffix("绩效目标表") ? .performance : nil
            #expect(TitleMatcher.match(line) == expected)
        }
        #expect(TitleMatcher.match("323003某单位\u{0600}项目绩效目标表") == .performance)
    }
}
