/// CSV text (RFC 4180): fields quoted only when they hold a comma, a quote or a line break.
public enum CSV {
    /// The UTF-8 byte-order mark, so that Excel shows Chinese text correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line (without its line end).
    public static func line(_ fields: [String]) -> String {
        var out: [UInt8] = []
        append(fields, to: &out)
        out.removeLast()
        return String(decoding: out, as: UTF8.self)
    }

    /// A whole file: header and rows, each ended by `\n`, with a BOM when `bom`.
    ///
    /// The file is built as UTF-8 bytes and made a `String` once: appending Chinese
    /// fields to a `String` one by one checks grapheme boundaries at every join.
    public static func file(header: [String], rows: [[String]], bom: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        if bom { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        append(header, to: &out)
        for row in rows { append(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one line of `fields`, ended by `\n`, to `out`.
    public static func append(_ fields: [String], to out: inout [UInt8]) {
        for index in fields.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(field: fields[index], to: &out)
        }
        out.append(0x0A)
    }

    /// Appends one field, quoted when needed (its quotes doubled), to `out`.
    private static func append(field: String, to out: inout [UInt8]) {
        field.withBorrowedUTF8 { bytes in
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            guard needsQuotes else { out.append(contentsOf: bytes); return }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
