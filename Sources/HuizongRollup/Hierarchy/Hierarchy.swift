import Foundation
import HuizongModel

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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HierarchyError(file: path, line: 0, message: "无法读取单位层级文件")
        }
        // Fields are split from the file's bytes (a BOM skipped) and trimmed of whitespace
        // before each is made a `String`, as the whole text decoded, split and trimmed.
        let rows = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return CSVText.rows(UnsafeBufferPointer(rebasing: bytes[bom...]), trimmed: true)
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

/// Minimal RFC 4180 CSV splitting, on UTF-8 bytes (quotes, commas and newlines are ASCII,
/// so multi-byte characters pass through untouched).
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { rows($0) }
    }

    /// The rows of `bytes`. A plain field (no quote, no CR) is made a `String` straight
    /// from its bytes; a field with quotes or CRs is copied byte by byte into `field`
    /// (quotes removed, doubled quotes kept once, CRs outside quotes dropped). When
    /// `trimmed`, each field's leading and trailing whitespace is left out (as
    /// `trimmingAllWhitespace` trims the field's text).
    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, trimmed: Bool = false) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var copying = false
        var quoted = false
        var start = 0
        var i = 0
        func take(_ end: Int) -> String {
            if !copying {
                let plain = UnsafeBufferPointer(rebasing: bytes[start..<end])
                return String(decoding: trimmed ? UnsafeBufferPointer(rebasing: plain[UTF8Whitespace.trimmedRange(plain)]) : plain,
                              as: UTF8.self)
            }
            defer { field.removeAll(keepingCapacity: true); copying = false }
            return String(decoding: trimmed ? field[UTF8Whitespace.trimmedRange(field)] : field[...], as: UTF8.self)
        }
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i < bytes.count && bytes[i] == UInt8(ascii: "\"") { field.append(c); i += 1 } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "\r"):
                if !copying {
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]))
                    copying = true
                }
                if c == UInt8(ascii: "\"") { quoted = true }
            case UInt8(ascii: ","):
                row.append(take(i - 1))
                start = i
            case UInt8(ascii: "\n"):
                row.append(take(i - 1))
                // The next row made with room for as many fields as this one (a 10,000-row
                // hierarchy grew each row's list three times: 12 M instructions).
                let width = row.count
                rows.append(row)
                row = []
                row.reserveCapacity(width)
                start = i
            default:
                if copying { field.append(c) }
            }
        }
        // A last line without a line end counts when it holds anything.
        let fieldHasContent = copying ? !field.isEmpty : start < bytes.count
        if fieldHasContent || !row.isEmpty { row.append(take(bytes.count)); rows.append(row) }
        return rows
    }
}
