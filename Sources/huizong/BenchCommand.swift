import ArgumentParser
import Dispatch
import Foundation
import HuizongModel
import HuizongParse
import HuizongRules

/// `huizong bench-read FILE`: how fast the reader goes, in MB/s on one core.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-read", abstract: "Measure the reader's speed on one core (used by scripts/bench).",
        shouldDisplay: false)

    @Argument(help: "A budget file to read repeatedly.")
    var file: String

    @Option(help: "Megabytes of text to read in all.")
    var megabytes: Int = 200

    @Flag(help: "Also time the rule catalogue's check of the document (µs per document).")
    var check = false

    @Flag(help: "With --check: also time each rule alone and list the 25 costliest.")
    var perRule = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let bytes = [UInt8](data)
        let rounds = max(1, megabytes * 1_000_000 / max(bytes.count, 1))
        // Warm up once (first GB18030/ICU use, caches).
        _ = BudgetReader.read(bytes: bytes, fileName: file)
        let start = DispatchTime.now().uptimeNanoseconds
        var rows = 0
        for _ in 0..<rounds {
            let result = BudgetReader.read(bytes: bytes, fileName: file)
            rows &+= result.budget?.t2?.rows.count ?? 0
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let total = Double(bytes.count * rounds) / 1e6
        print(String(format: "read %d × %d bytes = %.1f MB in %.3f s: %.1f MB/s on one core (%.1f µs per document, check %d)",
                     rounds, bytes.count, total, seconds, total / seconds, seconds / Double(rounds) * 1e6, rows))
        if check { try measureCheck(bytes, rounds: rounds) }
    }

    /// Times `Checker.check` on the document's budget, `rounds` times.
    private func measureCheck(_ bytes: [UInt8], rounds: Int) throws {
        guard let budget = BudgetReader.read(bytes: bytes, fileName: file).budget else { throw ValidationError("cannot read \(file)") }
        let checker = Checker()
        var findings = checker.check(budget, file: file).findings.count
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { findings &+= checker.check(budget, file: file).findings.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "check %d × %d rules: %.3f s, %.1f µs per document (findings %d)",
                     rounds, checker.rules.count, seconds, seconds / Double(rounds) * 1e6, findings))
        guard perRule else { return }
        // The costliest rules, each timed alone.
        var costs: [(id: String, microseconds: Double)] = []
        for rule in checker.rules {
            let single = Checker(rules: [rule])
            let begin = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<rounds { findings &+= single.check(budget, file: file).findings.count }
            costs.append((rule.description.id, Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e3 / Double(rounds)))
        }
        for cost in costs.sorted(by: { $0.microseconds > $1.microseconds }).prefix(25) {
            print(String(format: "  %7.1f µs  %@", cost.microseconds, cost.id))
        }
    }
}
