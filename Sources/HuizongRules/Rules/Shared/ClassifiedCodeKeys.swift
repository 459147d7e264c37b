import HuizongModel

/// The codes of a classified table's rows as integers (``SubjectCode/numericKey`` and
/// ``SubjectCode/parentNumericKey``), worked out once per unit's check (see
/// ``CheckSubject/codeKeys(_:)``) for the rules that compare codes row against row.
///
/// Both lists are kept in one array (the keys, then the parent keys): one allocation per
/// table, and one reference count when the subject's cache hands the keys out.
struct ClassifiedCodeKeys {
    /// The rows' keys, then their parent keys.
    private let storage: [Int]
    /// The number of rows.
    let count: Int
    /// True when the coded rows' codes strictly increase in the order codes sort as text
    /// (the printed pre-order, see ``SubjectCode``): then no code is printed twice. The
    /// usual table; rules may take a shortcut on it.
    let codesIncrease: Bool

    /// Row `row`'s code's ``SubjectCode/numericKey``; −1 on a row without a code (合计).
    @inline(__always)
    func key(_ row: Int) -> Int {
        precondition(row >= 0 && row < count, "row out of range")
        return storage[row]
    }

    /// Row `row`'s code's ``SubjectCode/parentNumericKey``; 0 for a 类 (no parent: real
    /// keys are never 0); −1 on a row without a code.
    @inline(__always)
    func parentKey(_ row: Int) -> Int {
        precondition(row >= 0 && row < count, "row out of range")
        return storage[count + row]
    }

    /// Every row's key (``key(_:)``), in printed order.
    var keys: ArraySlice<Int> { storage[..<count] }

    init(_ rows: [ClassifiedRow]) {
        // Both lists written in one pass into their final storage (no copy on write, no
        // uniqueness test per element); every element is written.
        var codesIncrease = true, previous = -1
        let count = rows.count
        // The list is reserved, zero-filled and then written in place: `[Int](unsafeUninitializedCapacity:)`
        // allocates through the unspecialised path, at twice the cost.
        var keys: [Int] = []
        keys.reserveCapacity(2 * count)
        keys.append(contentsOf: repeatElement(0, count: 2 * count))
        keys.withUnsafeMutableBufferPointer { storage in
            for index in rows.indices {
                guard let code = rows[index].code else { storage[index] = -1; storage[count + index] = -1; continue }
                let (key, digits) = Self.numericKey(code.digits)
                storage[index] = key
                // `parentNumericKey`, from the key just computed.
                storage[count + index] = digits > 3 ? (key / 10 / 100) &* 10 &+ (digits - 2) : 0
                let order = Self.textOrder(key, count: digits)
                if order <= previous { codesIncrease = false }
                previous = order
            }
        }
        storage = keys
        self.count = count
        self.codesIncrease = codesIncrease
    }

    /// True when the code of `key` starts with the (shorter) code of `ancestor`: it is a
    /// child or grandchild of it.
    @inline(__always)
    static func isDescendant(_ key: Int, of ancestor: Int) -> Bool {
        // A key is the code's digits × 10 + their count (3, 5 or 7).
        let count = key % 10, ancestorCount = ancestor % 10
        guard count > ancestorCount else { return false }
        // key / 10 / 100 (10 000) taken at once: two divisions by constants (a multiply each),
        // not a division by a divisor picked at run time.
        return (count - ancestorCount == 2 ? key / 1_000 : key / 100_000) == ancestor / 10
    }

    /// A number that orders codes (of at most seven digits) as their digits sort as text:
    /// the digits padded with zeros to seven, then the length (a prefix sorts first).
    static func textOrder(_ key: Int, count: Int) -> Int {
        // `key` is the digits × 10 + `count`.
        let scale: Int
        switch count {
        case 3: scale = 10_000
        case 5: scale = 100
        case 7: scale = 1
        default:
            var power = 1, digits = count
            while digits < 7 { power &*= 10; digits += 1 }
            scale = power
        }
        return (key &- count) &* scale &+ count
    }

    /// ``SubjectCode/numericKey`` of a code's `digits` (the same arithmetic, on the bytes
    /// read in place), with the number of digits.
    @inline(__always)
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
        if let keys = cachedCodeKeys(id) { return keys }
        let keys = ClassifiedCodeKeys(classified(id)?.rows ?? [])
        switch id {
        case .t2: t2Keys = keys
        case .t3: t3Keys = keys
        case .t5: t5Keys = keys
        case .t6: t6Keys = keys
        case .t7: t7Keys = keys
        case .t8: t8Keys = keys
        default: break
        }
        return keys
    }

    /// The code keys of classified table `id` when worked out already.
    @inline(__always)
    private func cachedCodeKeys(_ id: TableID) -> ClassifiedCodeKeys? {
        switch id {
        case .t2: t2Keys
        case .t3: t3Keys
        case .t5: t5Keys
        case .t6: t6Keys
        case .t7: t7Keys
        case .t8: t8Keys
        default: nil
        }
    }
}
