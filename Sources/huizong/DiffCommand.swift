import ArgumentParser
import Foundation
import HuizongDiff
import HuizongModel
import HuizongRules
import HuizongStore

/// `huizong diff A B [--format text|csv|json] [--ignore-below AMOUNT]`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two snapshots (drafts of one year, or two years by unit code). Exit 0 no difference, 1 differences, 2 trouble.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @OptionGroup var options: StoreOptions
    @Argument(help: "The older snapshot (id or label).") var old: String
    @Argument(help: "The newer snapshot (id or label).") var new: String
    @Option(help: "text (default), csv or json.") var format: Format = .text
    @Option(help: "Leave out changes smaller than this amount in 万元 (e.g. 0.10).") var ignoreBelow: String = "0"

    func validate() throws {
        if case .failure = Amount.parse(ignoreBelow, maxDecimals: 6) { throw ValidationError("--ignore-below must be an amount in 万元, e.g. 0.10") }
    }

    func run() throws {
        let store = try options.open(readOnly: true)
        let threshold = (try? Amount.parse(ignoreBelow, maxDecimals: 6).get()) ?? .zero
        let (a, b) = try storeCall { try StoreSides.sides(store, try store.resolve(old), try store.resolve(new)) }
        if a.district != b.district {
            Console.error("两个快照属于不同的地区：“\(a.district)” 与 “\(b.district)”，不能比较")
            throw ExitCode(ExitStatus.unreadable)
        }
        let comparison: SnapshotComparison
        do { comparison = try SnapshotDiff.compare(a, b, ignoreBelow: threshold) } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.unreadable)
        }
        switch format {
        case .text: print(DiffReport.text(comparison), terminator: "")
        case .csv: print(DiffReport.csv(comparison), terminator: "")
        case .json: print(try DiffReport.json(comparison), terminator: "")
        }
        if comparison.hasDifferences { throw ExitCode(ExitStatus.findings) }
    }
}

