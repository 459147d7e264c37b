import HuizongModel

/// The 类 of the 2025 支出功能分类科目 with their standard names, in the order T1 and T4
/// print them (T1/T4 add 三十一、人行科目 after them).
enum StructureFunctionCategories {
    /// (code, name) in order (``FunctionCategories`` of the model).
    static let list = FunctionCategories.list

    /// The last expenditure category line of T1/T4, after the listed categories.
    static let trailingBalanceLabel = FunctionCategories.trailingBalanceLabel

    /// The category names T1 and T4 print in their expenditure column, in order.
    static let balanceLabels: [String] = list.map(\.name) + [trailingBalanceLabel]

    /// Standard name per 类 code.
    static let names = FunctionCategories.names

    /// ``names`` by the code's value (a 类 code is three digits): the name of the 类 whose
    /// code reads `number`, as `names[code]` gives it, without hashing the code.
    static func name(ofCategory number: Int) -> String? {
        number >= 0 && number < namesByNumber.count ? namesByNumber[number] : nil
    }
    private static let namesByNumber: [String?] = {
        var byNumber = [String?](repeating: nil, count: 1000)
        for (code, name) in names where code.utf8.count == 3 && code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            byNumber[Int(code)!] = name
        }
        return byNumber
    }()

    /// The function tables whose 类 codes are checked.
    static let functionTables: [TableID] = [.t2, .t3, .t5, .t7, .t8]
}

extension StructureFunctionCategories {
    /// The position in ``list`` (= its T1/T4 line number − 1) of the 类 whose code reads
    /// `number` (a 类 code is three digits), nil when unknown: found without hashing the code.
    static func position(ofCategory number: Int) -> Int? {
        number >= 0 && number < positionsByNumber.count ? positionsByNumber[number] : nil
    }
    private static let positionsByNumber: [Int?] = {
        var byNumber = [Int?](repeating: nil, count: 1000)
        for (position, entry) in list.enumerated()
        where entry.code.utf8.count == 3 && entry.code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            precondition(byNumber[Int(entry.code)!] == nil, "each 类 code listed once")
            byNumber[Int(entry.code)!] = position
        }
        return byNumber
    }()

    /// True when the T1/T4 label `label` names category `name` (which has no whitespace):
    /// `name` itself or `name` after an ordinal and 、 (`八、社会保障和就业支出`). Compares bytes
    /// without allocating; only a label holding whitespace is copied.
    static func label(_ label: String, names name: String) -> Bool {
        let direct = StructureText.withBytes(label) { l in
            StructureText.withBytes(name) { n in StructureText.namesWithOrdinal(l, n) }
        }
        if direct { return true }
        guard StructureText.hasWhitespace(label) else { return false }
        let key = StructureText.key(label)
        return StructureText.withBytes(key) { l in StructureText.withBytes(name) { n in StructureText.namesWithOrdinal(l, n) } }
    }
}
