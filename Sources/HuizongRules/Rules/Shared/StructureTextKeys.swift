import HuizongModel

/// Byte-wise label comparisons for hot paths.
///
/// `String ==` on Chinese text compares by canonical equivalence (a normalisation pass
/// unless both strings are known NFC), and the model's `removingWhitespace` always builds a
/// buffer: both add up over thousands of units. These helpers compare UTF-8 bytes in place
/// and copy only a label that really holds whitespace. Printed labels come from one
/// extraction, so byte equality is the right notion of "the same label".
enum StructureText {
    /// Calls `body` with the UTF-8 bytes of `text` (no copy for native strings).
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// True when `a` and `b` have the same UTF-8 bytes (``String/bytesEqual(_:)``). The
    /// reader makes one `String` of each repeated label, so the two are often the very
    /// same bytes, which are then not compared.
    static func equal(_ a: String, _ b: String) -> Bool {
        if identical(a, b) { return true }
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(a) { x in withBytes(b) { y in UTF8Bytes.equal(x[...], y[...]) } }
    }

    /// True when `a` and `b` are the very same string value: the same storage (a string the
    /// reader shared) or the same short text held inline, which then have the same bytes.
    /// Compares the two words of the `String` values as bits: nothing is read through them
    /// and nothing is retained. False says nothing (equal strings may be stored apart).
    @inline(__always)
    static func identical(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }

    /// True when `bytes` hold a whitespace scalar (ASCII, U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000): the set `removingWhitespace` drops.
    static func hasWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        // A text that starts in ASCII (a code, a figure) is read eight bytes at a time while
        // all are above the space and below 0x80: none is whitespace nor starts a longer
        // scalar. (Tried at every ASCII byte, the test cost the Chinese labels more than it saved.)
        while i + 8 <= n && bytes[i] < 0x80 && asciiAboveSpace(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
            i += 8
        }
        while i < n {
            let b = bytes[i]
            // Three-byte scalars led by E4…EF (CJK, full-width forms) are never whitespace.
            if b >= 0xE4 && b <= 0xEF { i += 3; continue }
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
                i += 1; continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85 { return true }
            if i + 2 < n {
                let c = bytes[i + 1], d = bytes[i + 2]
                if b == 0xE3 && c == 0x80 && d == 0x80 { return true }
                if b == 0xE2 && c == 0x80 && ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) { return true }
                if b == 0xE2 && c == 0x81 && d == 0x9F { return true }
                if b == 0xE1 && c == 0x9A && d == 0x80 { return true }
            }
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
        return false
    }

    /// True when each of the eight bytes of `word` is in 0x21…0x7F (printable ASCII other
    /// than the space). A byte below 0x21 is found by the borrow of subtracting 0x21 from
    /// every byte ("has less than" of the bit-twiddling hacks: exact as a whole-word test).
    @inline(__always)
    static func asciiAboveSpace(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return word & high == 0 && (word &- 0x2121_2121_2121_2121) & ~word & high == 0
    }

    /// True when `text` holds whitespace.
    static func hasWhitespace(_ text: String) -> Bool { withBytes(text) { hasWhitespace($0) } }

    /// Each row's label without whitespace (``key(_:)``), in row order. The rows are read in
    /// place, by index: `rows.map` handed its closure a copy of each row, every text and
    /// list of it counted up and down again.
    static func labelKeys(_ rows: [LabeledRow]) -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(rows.count)
        for index in rows.indices { keys.append(key(rows[index].label)) }
        return keys
    }

    /// `text` without whitespace; `text` itself (no copy) when it has none.
    static func key(_ text: String) -> String { hasWhitespace(text) ? text.removingWhitespace : text }

    /// True when `text` is `target` once whitespace is removed (`target` has none).
    static func same(_ text: String, _ target: String) -> Bool {
        equal(text, target) || (hasWhitespace(text) && equal(text.removingWhitespace, target))
    }

    /// The first T1/T4 line whose expenditure label is `label` (whitespace ignored).
    static func line(_ table: BalanceTable, expenditure label: String) -> BalanceLine? {
        table.lines.first { same($0.expenditureItem, label) }
    }

    /// True when `label` is `name`, or `name` after an ordinal of one to four characters and
    /// 、 (`八、社会保障和就业支出`), byte-wise.
    static func namesWithOrdinal(_ label: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = label.count, nameCount = name.count
        if count == nameCount { return UTF8Bytes.equal(label[...], name[...]) }
        // ordinal (≤ 12 bytes) + 、 (E3 80 81) + name
        guard count > nameCount + 3, count <= nameCount + 3 + 12 else { return false }
        let start = count - nameCount
        guard label[start - 3] == 0xE3, label[start - 2] == 0x80, label[start - 1] == 0x81 else { return false }
        return UTF8Bytes.equal(label[start...], name[...])
    }
}
