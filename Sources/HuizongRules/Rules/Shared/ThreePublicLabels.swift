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
            keys.indices.first { StructureText.withBytes(keys[$0]) { ThreePublicTable.label(bytes: $0, is: target) } }
        }
    }
}
