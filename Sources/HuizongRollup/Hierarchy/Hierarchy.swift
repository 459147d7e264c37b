import Foundation
import HuizongModel
import HuizongParse

/// Which department each unit belongs to.
///
/// Read from a CSV `单位编码,单位名称,部门编码,部门名称` (English headers
/// `unit_code,unit_name,department_code,department_name` accepted too). Without one, a
/// unit's department is its code's first three digits and the department's name is the
/// name of its 001 unit.
public struct Hierarchy: Sendable, Hashable {
    /// One listed unit.
    public struct Entry: Sendable, Hashable, Codable {
        public var unitCode: String
        public var unitName: String
        public var departmentCode: String
        public var departmentName: String

        public init(unitCode: String, unitName: String, departmentCode: String, departmentName: String) {
            self.unitCode = unitCode; self.unitName = unitName
            self.departmentCode = departmentCode; self.departmentName = departmentName
        }
    }

    /// Entries by unit code.
    public private(set) var entries: [String: Entry]
    /// True when read from a file (so missing units can be reported).
    public let isListed: Bool

    /// A hierarchy from entries.
    public init(entries: [Entry], isListed: Bool = true) {
        var map: [String: Entry] = [:]
        for entry in entries { map[entry.unitCode] = entry }
        self.entries = map
        self.isListed = isListed
    }

    /// A hierarchy from entries already keyed by unit code.
    init(map: [String: Entry], isListed: Bool) {
        entries = map
        self.isListed = isListed
    }

    /// The default hierarchy of `units` (code, name): department = first three digits,
    /// named after its 001 unit (or its first unit when there is no 001).
    public static func derived(from units: [(code: String, name: String)]) -> Hierarchy {
        var departmentNames: [String: String] = [:]
        for unit in units.sorted(by: { $0.code < $1.code }) {
            let department = String(unit.code.prefix(3))
            // The first unit names the department until its 001 unit is seen.
            if departmentNames[department] == nil || unit.code == department + "001" { departmentNames[department] = unit.name }
        }
        let entries = units.map { unit in
            let department = String(unit.code.prefix(3))
            return Entry(unitCode: unit.code, unitName: unit.name, departmentCode: department,
                         departmentName: departmentNames[department] ?? department)
        }
        return Hierarchy(entries: entries, isListed: false)
    }

    /// The entry of `unitCode`.
    public func entry(_ unitCode: String) -> Entry? { entries[unitCode] }

    /// Department codes, sorted.
    public var departmentCodes: [String] { Array(Set(entries.values.map(\.departmentCode))).sorted() }
}

/// A problem with the hierarchy file.
public struct HierarchyError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line)：\(message)" }
}

extension Hierarchy {
    /// Reads a hierarchy CSV (UTF-8, BOM allowed, RFC 4180 quotes).
    public static func read(contentsOf path: String) throws -> Hierarchy {
        guard let data = FileBytes.read(path) else {
            throw HierarchyError(file: path, line: 0, message: "无法读取单位层级文件")
        }
        // Fields are split from the file's bytes (a BOM skipped) and trimmed of whitespace
        // before each is made a `String`, as the whole text decoded, split and trimmed. A
        // file that is valid UTF-8 (checked once, the reader's way) has its fields made
        // without checking each again.
        let validUTF8 = UTF8Text.isValid(data)
        let rows = data.withUnsafeBufferPointer { bytes in
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return CSVText.rows(UnsafeBufferPointer(rebasing: bytes[bom...]), trimmed: true, validUTF8: validUTF8)
        }
        guard let header = rows.first else { throw HierarchyError(file: path, line: 1, message: "文件为空：应有表头 单位编码,单位名称,部门编码,部门名称") }
        func column(_ zh: String, _ en: String) throws -> Int {
            if let index = header.firstIndex(where: { $0 == zh || $0.lowercased() == en }) { return index }
            throw HierarchyError(file: path, line: 1, message: "缺少列“\(zh)”（或 \(en)）：表头应为 单位编码,单位名称,部门编码,部门名称")
        }
        let unit = try column("单位编码", "unit_code"), unitName = try column("单位名称", "unit_name")
        let department = try column("部门编码", "department_code"), departmentName = try column("部门名称", "department_name")
        let width = max(unit, unitName, department, departmentName) + 1
        // Entries go straight into the map by unit code; the line of a code listed twice
        // is looked up only when that happens.
        var map: [String: Entry] = [:]
        map.reserveCapacity(rows.count)
        for index in rows.indices.dropFirst() {
            let row = rows[index]
            if row.allSatisfy(\.isEmpty) { continue }
            guard row.count >= width else {
                throw HierarchyError(file: path, line: index + 1, message: "此行只有 \(row.count) 列，应有 \(width) 列")
            }
            let code = row[unit]
            let entry = Entry(unitCode: code, unitName: row[unitName], departmentCode: row[department],
                              departmentName: row[departmentName])
            if map.updateValue(entry, forKey: code) != nil {
                let first = rows.indices.first { $0 > 0 && $0 < index && !rows[$0].allSatisfy(\.isEmpty) && rows[$0][unit] == code }!
                throw HierarchyError(file: path, line: index + 1, message: "单位编码 \(code) 重复（第\(first + 1)行已列出）")
            }
        }
        return Hierarchy(map: map, isListed: true)
    }
}
