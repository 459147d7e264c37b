import Foundation
import HuizongModel
import HuizongParse

/// The real unit budget 323003 (2025) and layout variants built from it.
public enum Seed {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// Path of the seed file.
    public static let path = packageRoot.appendingPathComponent("data/units/323003-2025.txt").path

    /// The seed's text.
    public static let text: String = try! String(contentsOfFile: path, encoding: .utf8)

    /// The seed read once.
    public static let result: ReadResult = BudgetReader.read(text: text, fileName: "323003-2025.txt")

    /// The seed's budget.
    public static var budget: Budget { result.budget! }

    /// Reads `text` as a file named `name`.
    public static func read(_ text: String, name: String = "variant.txt") -> ReadResult {
        BudgetReader.read(text: text, fileName: name)
    }

    /// Replaces the `occurrence`-th (1-based) line equal to `line` with `replacement` lines.
    public static func replacingLine(_ line: String, occurrence: Int = 1, with replacement: [String], in text: String = Seed.text) -> String {
        var lines = text.components(separatedBy: "\n")
        var seen = 0
        for index in lines.indices where lines[index] == line {
            seen += 1
            if seen == occurrence {
                lines.replaceSubrange(index...index, with: replacement)
                return lines.joined(separator: "\n")
            }
        }
        fatalError("line \(line) #\(occurrence) not in text")
    }
}

extension Seed {
    /// The seed's budget under another unit code and name (every table header too), for
    /// tests that need several units.
    public static func unit(code: String, name: String? = nil, year: Int? = nil) -> Budget {
        var budget = Seed.budget
        budget.relabel(code: code, name: name ?? "测试单位\(code)", year: year)
        return budget
    }

    /// The seed's text under another unit code (and year), as a file would carry it.
    public static func text(code: String, year: Int? = nil) -> String {
        var text = Seed.text.replacingOccurrences(of: "\t323003秦皇岛市海港区社会保险事业所", with: "\t\(code)秦皇岛市海港区社会保险事业所")
        if let year { text = text.replacingOccurrences(of: "预算年度：2025", with: "预算年度：\(year)") }
        return text
    }
}

extension Budget {
    /// Gives the budget and every table header another code, name and (optionally) year.
    public mutating func relabel(code: String, name: String, year: Int? = nil) {
        self.code = code
        self.name = name
        if let year { self.year = year }
        func fix(_ header: inout TableHeader) {
            header.unitCode = code
            header.unitName = name
            if let year, header.budgetYear != nil { header.budgetYear = year }
        }
        if var t = t1 { fix(&t.header); t1 = t }
        if var t = t4 { fix(&t.header); t4 = t }
        for id in [TableID.t2, .t3, .t5, .t6, .t7, .t8] {
            if var t = classified(id) { fix(&t.header); setClassified(id, t) }
        }
        if var t = t9 { fix(&t.header); t9 = t }
        if var t = procurement {
            fix(&t.header)
            for index in t.rows.indices where t.rows[index].kind == .subtotal { t.rows[index].projectName = name + "小计" }
            procurement = t
        }
        if var t = assets { fix(&t.header); assets = t }
    }
}
