import Testing
@testable import HuizongRollup

/// The hierarchy file's CSV splitting: plain fields straight from their bytes, quoted
/// fields and CRs the RFC 4180 way.
@Suite struct CSVTextTests {
    @Test(arguments: [
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
        ("单位编码,单位名称\n323003,\"河北省, 某单位\"\n", [["单位编码", "单位名称"], ["323003", "河北省, 某单位"]]),
        ("x,\"say \"\"hi\"\"\",y\n", [["x", "say \"hi\"", "y"]]),
        ("x,\"two\nlines\"\n", [["x", "two\nlines"]]),
        ("ab\"c\"d,e\n", [["abcd", "e"]]),
        ("a,b\n\r", [["a", "b"]]),
        ("a,b\n\"\"", [["a", "b"]]),
        ("a,\n,\n", [["a", ""], ["", ""]]),
        ("a\rb,c\n", [["ab", "c"]]),
        ("", []),
        ("\n", [[""]]),
    ])
    func splits(_ text: String, _ rows: [[String]]) {
        #expect(CSVText.rows(text) == rows)
    }
}
