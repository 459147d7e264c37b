import Testing
import HuizongModel
@testable import HuizongParse

/// The usual column headers are passed line by line; any other header is read cell by
/// cell, to the same line or to the problem it reports.
@Suite struct ColumnHeaderTests {
    /// A parser at the first header cell of `header` (tab layout, cells after a title).
    static func parser(_ header: String) -> DocumentParser {
        var parser = DocumentParser(text: SourceText(bytes: Array(("标题\n" + header + "\n\t1\n\ta\n").utf8)), file: "t.txt")
        parser.cursor.position = 1
        return parser
    }

    static let usual = "\t序号\n\t项目\n\t金额\n\n\t栏次\n\t1\n\t2\n"

    @Test func usualHeaderIsPassedAtOnce() throws {
        var parser = Self.parser(Self.usual)
        #expect(parser.plainColumnHeadersEnd(width: 3) == 8)
        try parser.skipColumnHeaders(.t9, width: 3)
        #expect(parser.cursor.position == 8)
    }

    @Test func spacedLabelIsReadCellByCell() throws {
        var parser = Self.parser(Self.usual.replacingOccurrences(of: "栏次", with: "栏  次"))
        #expect(parser.plainColumnHeadersEnd(width: 3) == nil)
        try parser.skipColumnHeaders(.t9, width: 3)
        #expect(parser.cursor.position == 8)
    }

    @Test func multiLineCellIsReadCellByCell() throws {
        var parser = Self.parser(Self.usual.replacingOccurrences(of: "\t项目\n", with: "\t项目\n名称\n"))
        #expect(parser.plainColumnHeadersEnd(width: 3) == nil)
        try parser.skipColumnHeaders(.t9, width: 3)
        #expect(parser.cursor.position == 9)
    }

    @Test func wrongNumberIsReported() {
        var parser = Self.parser(Self.usual.replacingOccurrences(of: "\t2\n", with: "\t3\n"))
        #expect(parser.plainColumnHeadersEnd(width: 3) == nil)
        #expect(throws: TableAbort.self) { try parser.skipColumnHeaders(.t9, width: 3) }
    }

    @Test func missingNumberIsReported() {
        var parser = Self.parser(Self.usual)
        #expect(parser.plainColumnHeadersEnd(width: 4) == nil)
        #expect(throws: TableAbort.self) { try parser.skipColumnHeaders(.t9, width: 4) }
    }
}
