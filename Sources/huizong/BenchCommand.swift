import ArgumentParser
import Dispatch
import Foundation
import HuizongModel
import HuizongParse

/// `huizong bench-read FILE`: how fast the reader goes, in MB/s on one core.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-read", abstract: "Measure the reader's speed on one core (used by scripts/bench).",
        shouldDisplay: false)

    @Argument(help: "A budget file to read repeatedly.")
    var file: String

    @Option(help: "Megabytes of text to read in all.")
    var megabytes: Int = 200

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
    }
}
