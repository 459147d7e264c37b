import HuizongModel
import HuizongParse

/// A CSV file written line by line, field by field, as UTF-8 bytes: the bytes
/// ``CSV/file(header:rows:bom:)`` gives (with a BOM), without a `[String]` per line or a
/// `String` per amount. For tables with a line per unit.
struct CSVLines {
    /// The bytes written.
    private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// True when the next field starts a line.
    private var atLineStart = true

    /// A file whose first line is `header`, with room for `lines` lines of about
    /// `lineLength` bytes.
    init(header: [String], lines: Int, lineLength: Int) {
        bytes.reserveCapacity(3 + lineLength * (lines + 1))
        CSV.append(header, to: &bytes)
    }

    /// A text field, quoted as ``CSV/field(_:)`` quotes it.
    mutating func field(_ text: String) {
        separate()
        let plain = text.withBorrowedUTF8 { field in
            guard !field.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return false }
            bytes.append(contentsOf: field)
            return true
        }
        if !plain { bytes.append(contentsOf: CSV.field(text).utf8) }
    }

    /// An integer as `String(value)` prints it (no quotes needed).
    mutating func field(_ value: Int) {
        separate()
        let start = bytes.count
        var rest = value.magnitude
        repeat { bytes.append(0x30 + UInt8(rest % 10)); rest /= 10 } while rest > 0
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var low = start, high = bytes.count - 1
        while low < high { bytes.swapAt(low, high); low += 1; high -= 1 }
    }

    /// An amount as `Amount.text()` prints it (digits, a sign and a point need no
    /// quotes); an empty field when there is none.
    mutating func field(_ amount: Amount?) {
        separate()
        guard let amount else { return }
        // Off the 0.01 万元 grid (rare): as printed. On it, `text()` prints the sign, the
        // whole part, the point and two decimals: written here digit by digit, right to
        // left, then turned around.
        guard amount.isOnWanGrid else {
            bytes.append(contentsOf: amount.text().utf8)
            return
        }
        let hundredths = amount.fen / 10_000
        let start = bytes.count
        let magnitude = hundredths.magnitude
        var whole = magnitude / 100
        let cents = UInt8(magnitude % 100)
        bytes.append(0x30 + cents % 10)
        bytes.append(0x30 + cents / 10)
        bytes.append(UInt8(ascii: "."))
        repeat { bytes.append(0x30 + UInt8(whole % 10)); whole /= 10 } while whole > 0
        if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
        var low = start, high = bytes.count - 1
        while low < high { bytes.swapAt(low, high); low += 1; high -= 1 }
    }

    /// Ends the line.
    mutating func endLine() {
        bytes.append(0x0A)
        atLineStart = true
    }

    private mutating func separate() {
        if atLineStart { atLineStart = false } else { bytes.append(UInt8(ascii: ",")) }
    }
}
