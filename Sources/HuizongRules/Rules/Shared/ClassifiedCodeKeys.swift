import HuizongModel

/// The codes of a classified table's rows as integers (``SubjectCode/numericKey`` and
/// ``SubjectCode/parentNumericKey``), worked out once per unit's check (see
/// ``CheckSubject/codeKeys(_:)``) for the rules that compare codes row against row.
struct ClassifiedCodeKeys {
    /// Per row: its code's ``SubjectCode/numericKey``; −1 on a row without a code (合计).
    let keys: [Int]
    /// Per row: its code's ``SubjectCode/parentNumericKey``; 0 for a 类 (no parent: real
    /// keys are never 0); −1 on a row without a code.
    let parentKeys: [Int]

    init(_ rows: [ClassifiedRow]) {
        // Both lists written in one pass into their final storage (no fill, no copy on
        // write, no uniqueness test per element); every element is written.
        var parentKeys: [Int] = []
        keys = [Int](unsafeUninitializedCapacity: rows.count) { keys, keyCount in
            parentKeys = [Int](unsafeUninitializedCapacity: rows.count) { parents, parentCount in
                for index in rows.indices {
                    guard let code = rows[index].code else { keys[index] = -1; parents[index] = -1; continue }
                    let (key, count) = Self.numericKey(code.digits)
                    keys[index] = key
                    // `parentNumericKey`, from the key just computed.
                    parents[index] = count > 3 ? (key / 10 / 100) &* 10 &+ (count - 2) : 0
                }
                parentCount = rows.count
            }
            keyCount = rows.count
        }
        self.parentKeys = parentKeys
    }

    /// ``SubjectCode/numericKey`` of a code's `digits` (the same arithmetic, on the bytes
    /// read in place), with the number of digits.
    static func numericKey(_ digits: String) -> (key: Int, count: Int) {
        StructureText.withBytes(digits) { bytes in
            var value = 0
            for byte in bytes { value = value &* 10 &+ Int(byte &- 0x30) }
            return (value &* 10 &+ bytes.count, bytes.count)
        }
    }
}

extension CheckSubject {
    /// The code keys of classified table `id`'s rows (no rows when it is missing).
    func codeKeys(_ id: TableID) -> ClassifiedCodeKeys {
        if let keys = codeKeyCache[Int(id.caseTag)] { return keys }
        let keys = ClassifiedCodeKeys(classified(id)?.rows ?? [])
        codeKeyCache[Int(id.caseTag)] = keys
        return keys
    }
}
