import HuizongModel
import HuizongParse

/// Minimal RFC 4180 CSV splitting, on UTF-8 bytes (quotes, commas and newlines are ASCII,
/// so multi-byte characters pass through untouched).
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { rows($0, validUTF8: true) }
    }

    /// The rows of `bytes`. A plain field (no quote, no CR) is made a `String` straight
    /// from its bytes; a field with quotes or CRs is copied byte by byte into `field`
    /// (quotes removed, doubled quotes kept once, CRs outside quotes dropped). When
    /// `trimmed`, each field's leading and trailing whitespace is left out (as
    /// `trimmingAllWhitespace` trims the field's text).
    ///
    /// When `validUTF8` (the caller checked the bytes), fields are made without a second
    /// check: a field lies between ASCII bytes, so it starts and ends on whole characters.
    /// Otherwise invalid bytes become U+FFFD, as `String(decoding:as:)` makes them.
    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, trimmed: Bool = false, validUTF8: Bool = false) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var copying = false
        var quoted = false
        var start = 0
        var i = 0
        let count = bytes.count
        func make(_ piece: UnsafeBufferPointer<UInt8>) -> String {
            validUTF8 ? UTF8Text.string(validPiece: piece) : String(decoding: piece, as: UTF8.self)
        }
        func take(_ end: Int) -> String {
            if !copying {
                let plain = UnsafeBufferPointer(rebasing: bytes[start..<end])
                return make(trimmed ? UnsafeBufferPointer(rebasing: plain[UTF8Whitespace.trimmedRange(plain)]) : plain)
            }
            defer { field.removeAll(keepingCapacity: true); copying = false }
            let range = trimmed ? UTF8Whitespace.trimmedRange(field) : field.indices
            return field.withUnsafeBufferPointer { make(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        while i < count {
            if !quoted && !copying {
                // A plain field's bytes need nothing: skip to the next comma, line feed,
                // quote or CR eight bytes at a time.
                while i &+ 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                    let found = CSVText.delimiters(in: word)
                    if found != 0 { i &+= found.trailingZeroBitCount &>> 3; break }
                    i &+= 8
                }
                guard i < count else { break }
            }
            let c = bytes[i]
            i += 1
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i < count && bytes[i] == UInt8(ascii: "\"") { field.append(c); i += 1 } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "\r"):
                if !copying {
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]))
                    copying = true
                }
                if c == UInt8(ascii: "\"") { quoted = true }
            case UInt8(ascii: ","):
                row.append(take(i - 1))
                start = i
            case UInt8(ascii: "\n"):
                row.append(take(i - 1))
                // The next row made with room for as many fields as this one (a 10,000-row
                // hierarchy grew each row's list three times: 12 M instructions).
                let width = row.count
                rows.append(row)
                row = []
                row.reserveCapacity(width)
                start = i
            default:
                if copying { field.append(c) }
            }
        }
        // A last line without a line end counts when it holds anything.
        let fieldHasContent = copying ? !field.isEmpty : start < count
        if fieldHasContent || !row.isEmpty { row.append(take(count)); rows.append(row) }
        return rows
    }

    /// The bytes of `word` (eight bytes, the first in the low byte) that are a comma, a
    /// line feed, a quote or a CR, flagged by their bit 7; the lowest flag is exact (a
    /// borrow can flag a byte above a matching one, never below).
    @inline(__always)
    static func delimiters(in word: UInt64) -> UInt64 {
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 {
            (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        }
        return zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            | zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
    }
}
