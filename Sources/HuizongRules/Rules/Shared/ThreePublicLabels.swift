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
                    guard StructureText.hasWhitespace(bytes) else { return ThreePublicTable.label(bytes: bytes, is: target) }
                    return StructureText.withBytes(rows[index].label.removingWhitespace) { ThreePublicTable.label(bytes: $0, is: target) }
                }
            }
        }
    }
}
