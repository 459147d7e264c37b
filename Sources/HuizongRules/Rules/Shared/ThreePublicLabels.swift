import HuizongModel

/// Finding T9 rows by label: ``ThreePublicTable/row(_:)`` compares each printed label
/// after copying it without whitespace; this compares labels the unit's check has put
/// without whitespace once (a label without whitespace is not copied). Same rows, same order.
enum ThreePublicLabels {
    /// The index of the first row whose label is `label` once whitespace, a `其中：` prefix
    /// and an ordinal of at most three characters before `、` are dropped; `keys` are the
    /// rows' labels without whitespace (``CheckSubject/t9LabelKeys``, worked out once per unit).
    static func rowIndex(keys: [String], _ label: String) -> Int? {
        StructureText.withBytes(label) { target in
            keys.indices.first { key in
                StructureText.withBytes(keys[key]) { bytes in
                    // A label that is `target` ends with it: told first by its length and its
                    // last six bytes (two characters: most labels end in 费).
                    guard bytes.count >= target.count else { return false }
                    for back in 1...min(6, max(1, target.count)) where back <= target.count
                        && bytes[bytes.count - back] != target[target.count - back] { return false }
                    return ThreePublicTable.label(bytes: bytes, is: target)
                }
            }
        }
    }
}
