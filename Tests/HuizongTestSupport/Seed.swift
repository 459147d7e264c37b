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
