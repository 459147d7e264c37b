import Testing
import HuizongModel
@testable import HuizongRules

/// StructureText.hasWhitespace finds exactly the whitespace `removingWhitespace` drops,
/// wherever it stands in a run of ASCII read eight bytes at a time.
@Suite struct WhitespaceScanTests {
    static let spaces = ["\u{20}", "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{85}", "\u{A0}",
                         "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}",
                         "\u{205F}", "\u{3000}"]
    static let runs = ["", "1301002200000000001", "ABCDEFGHIJKLMNOPQRSTUVWXYZ~!", "社会保障和就业支出",
                       "2080109社会保险经办机构", "é€\u{7F}\u{21}xyz12345678", "\u{1F600}abcdefgh"]

    @Test func agreesWithRemovingWhitespace() {
        for run in Self.runs {
            #expect(StructureText.hasWhitespace(run) == (run.removingWhitespace != run))
            let count = run.count
            for space in Self.spaces {
                for position in 0...count {
                    var text = run
                    text.insert(contentsOf: space, at: text.index(text.startIndex, offsetBy: position))
                    #expect(StructureText.hasWhitespace(text), "\(Array(text.unicodeScalars))")
                    #expect(text.removingWhitespace != text)
                }
            }
        }
    }

    @Test func wordTestIsExact() {
        #expect(StructureText.asciiAboveSpace(0x2121_2121_2121_2121))
        #expect(StructureText.asciiAboveSpace(0x7F7F_7F7F_7F7F_7F7F))
        for shift in stride(from: 0, to: 64, by: 8) {
            for byte: UInt64 in [0x00, 0x09, 0x0D, 0x1F, 0x20, 0x80, 0xA0, 0xE3, 0xFF] {
                let word = (0x4141_4141_4141_4141 & ~(UInt64(0xFF) << shift)) | (byte << shift)
                #expect(!StructureText.asciiAboveSpace(word))
            }
            let word = (0x4141_4141_4141_4141 & ~(UInt64(0xFF) << shift)) | (UInt64(0x21) << shift)
            #expect(StructureText.asciiAboveSpace(word))
        }
    }
}
