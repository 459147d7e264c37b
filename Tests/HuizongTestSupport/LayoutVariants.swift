import Foundation

/// Builds the other text layouts of a document from the seed's tab layout.
public enum LayoutVariants {
    /// Header cells that span several columns: the pipe layout follows each with `| ||`.
    public static let mergedHeaderCells: Set<String> = [
        "收入", "支出", "功能分类科目", "本年收入", "支出部门经济分类科目", "一般公共预算基本支出",
        "资 金 性 质", "政府采购金额（当年部门预算安排资金）", "政府采购项目来源",
    ]

    /// The pipe layout: a cell per line ending in ` |`, empty cells `|`, merged header
    /// cells followed by `| ||`, no blank lines; multi-line cells end their last line with ` |`.
    public static func pipe(_ tabText: String) -> String {
        let lines = tabText.components(separatedBy: "\n")
        var out: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("\t") {
                var cellLines = [String(line.dropFirst())]
                var next = index + 1
                while next < lines.count, !lines[next].hasPrefix("\t"),
                      !lines[next].trimmingCharacters(in: .whitespaces).isEmpty {
                    cellLines.append(lines[next]); next += 1
                }
                let last = cellLines.count - 1
                for (k, content) in cellLines.enumerated() {
                    if k < last { out.append(content); continue }
                    let trimmed = content.trimmingCharacters(in: .whitespaces)
                    out.append(trimmed.isEmpty && cellLines.count == 1 ? "|" : content + " |")
                }
                if mergedHeaderCells.contains(cellLines[0].trimmingCharacters(in: .whitespaces)) { out.append("| ||") }
                index = next
                continue
            }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { out.append(line) }
            index += 1
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// ASCII colons in the header fields (`预算年度:2025`, `单位:万元`, `截止时间:…`).
    public static func asciiColons(_ text: String) -> String {
        text.replacingOccurrences(of: "\t预算年度：", with: "\t预算年度:")
            .replacingOccurrences(of: "\t单位：万元", with: "\t单位:万元")
            .replacingOccurrences(of: "\t截止时间：", with: "\t截止时间:")
    }

    /// CRLF line ends.
    public static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    /// UTF-8 with a byte-order mark.
    public static func withBOM(_ text: String) -> [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    /// GB18030 bytes.
    public static func gb18030(_ text: String) -> [UInt8] {
        [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632))!)
    }
}
