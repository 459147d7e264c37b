import Foundation
import Testing
@testable import HuizongRollup

/// `--format` lists: each name trimmed exactly as Foundation's
/// `trimmingCharacters(in: .whitespaces)` trims it (tab and category Zs, not line breaks
/// or zero-width characters), the name as written kept for messages.
@Suite struct RollupFormatListTests {
    /// Blanks and near-blanks around and inside names: tab, space, NBSP, ideographic space,
    /// en quad, LF, CR, VT, FF, NEL, zero-width space, line separator, BOM.
    static let pads = ["", " ", "\t", "\u{A0}", "\u{3000}", "\u{2000}", "\n", "\r", "\u{0B}", "\u{0C}",
                       "\u{85}", "\u{200B}", "\u{2028}", "\u{FEFF}", " \t\u{3000}"]

    @Test func namesAreTrimmedAsFoundationTrimsThem() {
        for left in Self.pads {
            for right in Self.pads {
                for core in ["text", "csv", "j son", "文本", "", "x\u{3000}y"] {
                    let name = left + core + right
                    #expect(RollupFormat.trimmedBlanks(Substring(name)) == name.trimmingCharacters(in: .whitespaces),
                            "\(Array(name.unicodeScalars))")
                }
            }
        }
    }

    @Test func listKeepsNamesAsWrittenAndTheirFormats() {
        let list = RollupFormat.parseList(" text,\u{3000}csv\t,json\n, facts ,xml,,")
        #expect(list.map { String($0.name) } == [" text", "\u{3000}csv\t", "json\n", " facts ", "xml"])
        #expect(list.map { $0.format } == [.text, .csv, nil, .facts, nil])
    }
}
