import Foundation
import Testing
@testable import HuizongRollup

/// Reading a hierarchy CSV: fields trimmed of whitespace (full-width too) after quotes are
/// removed, a BOM skipped, blank lines passed over, and the lines of problems reported.
@Suite struct HierarchyReadTests {
    /// `text` written to a temporary file and read as a hierarchy.
    static func read(_ text: String) throws -> Hierarchy {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-hierarchy-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Hierarchy.read(contentsOf: url.path)
    }

    /// The error reading `text` throws (nil when it reads).
    static func error(_ text: String) -> HierarchyError? {
        do { _ = try read(text) } catch { return error as? HierarchyError }
        return nil
    }

    @Test func fieldsAreTrimmedAndUnquoted() throws {
        let hierarchy = try Self.read(
            "\u{FEFF} 单位编码 ,单位名称,部门编码,部门名称\r\n"
                + "\u{3000}323003 ,\" 社保所，\"\"一\"\" \",323,人社局\u{3000}\r\n"
                + "\n"
                + " , , , \n"
                + "323004,\"就业,服务\",\t323 ,\"人社局\"\n")
        #expect(hierarchy.isListed)
        #expect(hierarchy.entries.count == 2)
        #expect(hierarchy.entry("323003") == Hierarchy.Entry(unitCode: "323003", unitName: "社保所，\"一\"",
                                                             departmentCode: "323", departmentName: "人社局"))
        #expect(hierarchy.entry("323004") == Hierarchy.Entry(unitCode: "323004", unitName: "就业,服务",
                                                             departmentCode: "323", departmentName: "人社局"))
    }

    @Test func englishHeadersInAnyOrder() throws {
        let hierarchy = try Self.read("department_code,UNIT_CODE,department_name,unit_name\n323,323003,人社局,社保所")
        #expect(hierarchy.entry("323003")?.unitName == "社保所")
        #expect(hierarchy.entry("323003")?.departmentName == "人社局")
    }

    @Test func aCodeListedTwiceNamesBothLines() throws {
        let text = "单位编码,单位名称,部门编码,部门名称\n323003,社保所,323,人社局\n\n323004,就业局,323,人社局\n 323003,又一个,323,人社局\n"
        let error = Self.error(text)
        #expect(error?.line == 5)
        #expect(error?.message == "单位编码 323003 重复（第2行已列出）")
    }

    @Test func shortRowsAndMissingColumnsAreReported() throws {
        let short = Self.error("单位编码,单位名称,部门编码,部门名称\n323003,社保所,323\n")
        #expect(short?.line == 2)
        #expect(short?.message == "此行只有 3 列，应有 4 列")
        let missing = Self.error("单位编码,单位名称,部门编码\n")
        #expect(missing?.line == 1)
        #expect(missing?.message.hasPrefix("缺少列“部门名称”") == true)
    }
}
