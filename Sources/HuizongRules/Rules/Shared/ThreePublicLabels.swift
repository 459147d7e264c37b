import HuizongModel

/// Finding T9 rows by label in place: ``ThreePublicTable/row(_:)`` compares each printed
/// label after copying it without whitespace; this reads the label's bytes where they
/// are and copies only a label that holds whitespace. Same rows, same order.
enum ThreePublicLabels {
    /// The index of the first row of `rows` whose label is `label` once whitespace, a
    /// `其中：` prefix and an ordinal of at most three characters before `、` are dropped.
    static func rowIndex(_ rows: [LabeledRow], _ label: String) -> Int? {
        StructureText.withBytes(label) { target in
            rows.indices.first { index in
                StructureText.withBytes(rows[index].label) { bytes in
                    guard StructureText.hasWhitespace(bytes) else { return matches(bytes, target) }
                    return StructureText.withBytes(rows[index].label.removingWhitespace) { matches($0, target) }
                }
            }
        }
    }

    /// ``ThreePublicTable``'s label comparison on UTF-8 bytes without whitespace.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        // `其中：` is E5 85 B6 E4 B8 AD EF BC 9A.
        if bytes.count >= 9 && bytes[0] == 0xE5 && bytes[1] == 0x85 && bytes[2] == 0xB6 && bytes[3] == 0xE4
            && bytes[4] == 0xB8 && bytes[5] == 0xAD && bytes[6] == 0xEF && bytes[7] == 0xBC && bytes[8] == 0x9A { start = 9 }
        // An ordinal: up to three characters, then `、` (E3 80 81).
        var i = start, characters = 0
        while i + 2 < bytes.count && characters <= 3 {
            if bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81 { start = i + 3; break }
            i += UTF8Whitespace.scalarLength(lead: bytes[i]); characters += 1
        }
        return bytes.count - start == target.count && UTF8Bytes.equal(bytes[start...], target[...])
    }
}
