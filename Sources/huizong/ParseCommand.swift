import ArgumentParser
import Foundation
import HuizongModel
import HuizongParse

/// `huizong parse FILE [--format summary|json|text|facts]`.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read one budget file and print it (exit 0 read, 2 unreadable).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case summary, json, text, facts
    }

    @Argument(help: "The budget file (tab or pipe layout; UTF-8, GB18030/GBK, BOM and CRLF accepted).")
    var file: String

    @Option(help: "summary (default), json (the whole model), text (the seed layout), facts (long CSV).")
    var format: Format = .summary

    func run() throws {
        let result = BudgetReader.read(contentsOf: file)
        for diagnostic in result.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.rendered + "\n").utf8))
        }
        if let budget = result.budget {
            switch format {
            case .summary: print(BudgetSummary.lines(for: result).joined(separator: "\n"))
            case .json: print(try JSONWriter.write(budget))
            case .text: print(TextLayoutWriter.write(budget), terminator: "")
            case .facts: print(FactsWriter.write(budget), terminator: "")
            }
        }
        if !result.isFullyRead { throw ExitCode(ExitStatus.unreadable) }
    }
}
