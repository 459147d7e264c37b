import Testing
import HuizongGenerate
import HuizongModel
@testable import HuizongRollup

/// The hierarchy file's CSV splitting: plain fields straight from their bytes, quoted
/// fields and CRs the RFC 4180 way.
@Suite struct CSVTextTests {
    @Test(arguments: [
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
        ("单位编码,单位名称\n323003,\"河北省, 某单位\"\n", [["单位编码", "单位名称"], ["323003", "河北省, 某单位"]]),
        ("x,\"say \"\"hi\"\"\",y\n", [["x", "say \"hi\"", "y"]]),
        ("x,\"two\nlines\"\n", [["x", "two\nlines"]]),
        ("ab\"c\"d,e\n", [["abcd", "e"]]),
        ("a,b\n\r", [["a", "b"]]),
        ("a,b\n\"\"", [["a", "b"]]),
        ("a,\n,\n", [["a", ""], ["", ""]]),
        ("a\rb,c\n", [["ab", "c"]]),
        ("", []),
        ("\n", [[""]]),
    ])
    func splits(_ text: String, _ rows: [[String]]) {
        #expect(CSVText.rows(text) == rows)
    }

    /// Long plain fields (the eight-byte skip) split as the byte-by-byte reference splits
    /// them, on random texts of ASCII, CJK, delimiters and spaces.
    @Test func randomTextsSplitAsTheReference() {
        var generator = SplitMix64(seed: 20261129)
        let pieces = ["a", "7", "中", "单位", " ", ",", "\n", "\"", "\r", "\u{3000}", "é", "😀", "河北省某单位名称"]
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            for trimmed in [false, true] {
                let expected = CSVTextTests.referenceRows(bytes, trimmed: trimmed)
                let checked = bytes.withUnsafeBufferPointer { CSVText.rows($0, trimmed: trimmed) }
                let unchecked = bytes.withUnsafeBufferPointer { CSVText.rows($0, trimmed: trimmed, validUTF8: true) }
                #expect(checked == expected, "\(text.debugDescription)")
                #expect(unchecked == expected, "\(text.debugDescription)")
            }
        }
    }

    /// Bytes that are not UTF-8 become U+FFFD, as before.
    @Test func invalidBytesAreReplaced() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x2C, 0xE4, 0xB8, 0x2C, 0x62, 0x62, 0x62, 0x62, 0x62, 0x62, 0x62, 0x62, 0xC0, 0x0A]
        let rows = bytes.withUnsafeBufferPointer { CSVText.rows($0) }
        #expect(rows == CSVTextTests.referenceRows(bytes, trimmed: false))
        #expect(rows == [["a\u{FFFD}", "\u{FFFD}", "bbbbbbbb\u{FFFD}"]])
    }

    /// The delimiter flags: the lowest is the first comma, line feed, quote or CR.
    @Test func lowestDelimiterFlagIsExact() {
        var generator = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [0x2C, 0x0A, 0x22, 0x0D, 0x2B, 0x2D, 0x0B, 0x0C, 0x21, 0x23, 0x00, 0x01, 0xAC, 0x8A, 0xE4, 0x61]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self).littleEndian }
            let flags = CSVText.delimiters(in: word)
            let first = bytes.firstIndex { [0x2C, 0x0A, 0x22, 0x0D].contains($0) }
            #expect((flags == 0 ? nil : flags.trailingZeroBitCount / 8) == first, "\(bytes)")
        }
    }

    /// The splitter as it was before the eight-byte skip: byte by byte, every field
    /// decoded with `String(decoding:as:)`.
    static func referenceRows(_ bytes: [UInt8], trimmed: Bool) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var copying = false, quoted = false, start = 0, i = 0
        func take(_ end: Int) -> String {
            let piece = copying ? field : Array(bytes[start..<end])
            field.removeAll(); copying = false
            let text = String(decoding: piece, as: UTF8.self)
            return trimmed ? String(decoding: piece[UTF8Whitespace.trimmedRange(piece)], as: UTF8.self) : text
        }
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if quoted {
                if c == 0x22 {
                    if i < bytes.count && bytes[i] == 0x22 { field.append(c); i += 1 } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case 0x22, 0x0D:
                if !copying { field.append(contentsOf: bytes[start..<(i - 1)]); copying = true }
                if c == 0x22 { quoted = true }
            case 0x2C: row.append(take(i - 1)); start = i
            case 0x0A: row.append(take(i - 1)); rows.append(row); row = []; start = i
            default: if copying { field.append(c) }
            }
        }
        let fieldHasContent = copying ? !field.isEmpty : start < bytes.count
        if fieldHasContent || !row.isEmpty { row.append(take(bytes.count)); rows.append(row) }
        return rows
    }
}
