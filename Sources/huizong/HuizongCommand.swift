import ArgumentParser
import HuizongModel

/// `huizong`: the command-line front of the Huizong library.
@main
struct HuizongCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huizong",
        abstract: "汇总 Huizong: read, check, consolidate and compare Hebei-template budgets.",
        version: EngineVersion.current,
        subcommands: [
            ParseCommand.self,
            CheckCommand.self,
            RulesCommand.self,
            RollupCommand.self,
            RunCommand.self,
            GenerateCommand.self,
            SnapshotCommand.self,
            DiffCommand.self,
            MutationCheckCommand.self,
            BenchReadCommand.self,
            StoreStressCommand.self,
        ]
    )
}

/// The exit codes of every command.
enum ExitStatus {
    /// Success: read, no error findings.
    static let ok: Int32 = 0
    /// Error findings (check), or differences (diff).
    static let findings: Int32 = 1
    /// An input could not be read, or bad usage.
    static let unreadable: Int32 = 2
}
