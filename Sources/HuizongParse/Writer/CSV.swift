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
    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// A whole file: header and rows, each ended by `\n`, with a BOM when `bom`.
    public static func file(header: [String], rows: [[String]], bom: Bool = true) -> String {
        var out = bom ? byteOrderMark : ""
        out += line(header) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
