import Testing
import HuizongTestSupport
import HuizongModel
@testable import HuizongRules

/// ProcurementRows.nameHash and the ProjectMatcher: names that are the same once
/// whitespace is removed have one hash and one project, whatever their whitespace, their
/// scripts (1- to 4-byte scalars) or their storage (the same string, an equal string
/// stored apart); other names are other projects.
@Suite struct ProjectNameHashTests {
    /// Scalars a name is made of: CJK and full-width forms (E4…EF leads), other three-byte
    /// scalars (E1…E3 leads, some of them whitespace's), ASCII, two-byte and four-byte ones.
    static let pieces: [String] = ["公", "用", "经", "费", "一", "（", "）", "ｘ", "、", "「", "ᚠ", "‐", "a", "Z", "7",
                                   "-", "é", "ß", "𠀀", "😀"]
    /// Whitespace `removingWhitespace` drops (ASCII, U+0085, U+00A0, U+1680, U+2000, U+2028, U+202F, U+205F, U+3000).
    static let spaces: [String] = [" ", "\t", "\n", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{2028}",
                                   "\u{202F}", "\u{205F}", "\u{3000}"]

    static func name(_ generator: inout SeededRandom, length: Int) -> String {
        (0..<length).map { _ in pieces[generator.next(pieces.count)] }.joined()
    }

    /// `name` with whitespace put in at random places, in storage of its own (never the
    /// same string value as `name`).
    static func spaced(_ name: String, _ generator: inout SeededRandom) -> String {
        var out = ""
        for character in name {
            if generator.next(3) == 0 { out += spaces[generator.next(spaces.count)] }
            out.append(character)
        }
        if generator.next(3) == 0 { out += spaces[generator.next(spaces.count)] }
        return out
    }

    @Test func sameNameSameHash() {
        var generator = SeededRandom(seed: 10)
        for _ in 0..<5_000 {
            let name = Self.name(&generator, length: 1 + generator.next(16))
            let other = Self.spaced(name, &generator)
            #expect(ProcurementRows.sameName(name, other))
            #expect(ProcurementRows.nameHash(name) == ProcurementRows.nameHash(other), "\(name) / \(other)")
            // The same text in storage of its own (a long name is not the same string value).
            let copy = String(decoding: Array(name.utf8), as: UTF8.self)
            #expect(ProcurementRows.nameHash(name) == ProcurementRows.nameHash(copy))
        }
    }

    @Test func otherNamesOtherHashes() {
        var generator = SeededRandom(seed: 11)
        var hashes: [Int: String] = [:]
        var collisions = 0
        for _ in 0..<5_000 {
            let name = Self.name(&generator, length: 2 + generator.next(12))
            let hash = ProcurementRows.nameHash(name)
            if let seen = hashes[hash], seen != name { collisions += 1 }
            hashes[hash] = name
        }
        #expect(collisions == 0)
        // Scalars of one lead byte differing only in the second or third byte.
        #expect(ProcurementRows.nameHash("公用") != ProcurementRows.nameHash("公甩"))
        #expect(ProcurementRows.nameHash("一") != ProcurementRows.nameHash("丁"))
    }

    /// The matcher's projects against a reference: within each 小计 group, items are one
    /// project exactly when their names are the same without whitespace; projects numbered
    /// in order of first appearance.
    @Test func matcherAgreesWithReference() {
        var generator = SeededRandom(seed: 12)
        for _ in 0..<300 {
            let base = (0..<(1 + generator.next(5))).map { _ in Self.name(&generator, length: 1 + generator.next(6)) }
            var rows = [ProcurementRow(kind: .total, projectName: "合计", amounts: [])]
            var previous: String? = nil
            for _ in 0..<(1 + generator.next(30)) {
                if generator.next(6) == 0 {
                    rows.append(ProcurementRow(kind: .subtotal, projectName: "小计", amounts: []))
                    previous = nil
                    continue
                }
                let pick = base[generator.next(base.count)]
                // The previous item's very string, the name as printed, or it spaced out.
                let name: String
                switch generator.next(3) {
                case 0 where previous != nil: name = previous!
                case 1: name = pick
                default: name = Self.spaced(pick, &generator)
                }
                previous = name
                rows.append(ProcurementRow(kind: .item, projectName: name, amounts: []))
            }
            var expected: [Int] = []
            var seen: [String] = []
            var offset = 0
            var matcher = ProcurementRows.ProjectMatcher(rows)
            var actual: [Int] = []
            for index in rows.indices {
                switch rows[index].kind {
                case .total: continue
                case .subtotal:
                    offset += seen.count; seen = []
                    matcher.startGroup()
                case .item:
                    let key = rows[index].projectName.filter { !$0.isWhitespace }
                    if let at = seen.firstIndex(of: key) { expected.append(offset + at) } else {
                        expected.append(offset + seen.count); seen.append(key)
                    }
                    actual.append(matcher.project(of: index))
                }
            }
            #expect(actual == expected)
        }
    }
}
