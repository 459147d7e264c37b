import ArgumentParser
import Foundation
import HuizongModel
import HuizongStore

/// `huizong snapshot list|show|export|verify|prune|compact`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Inspect and maintain the snapshots in the store.",
        subcommands: [List.self, Show.self, Export.self, Verify.self, Prune.self, Compact.self])

    /// `snapshot list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List snapshots: id, label, time, units, findings, size.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            let store = try options.open(readOnly: true)
            let snapshots = try storeCall { try store.list() }
            print(SnapshotText.table(snapshots), terminator: "")
        }
    }

    /// `snapshot show ID|LABEL`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one snapshot: its header, manifest and budgets.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Snapshot id or label.") var snapshot: String

        func run() throws {
            let store = try options.open(readOnly: true)
            let summary = try storeCall { try store.resolve(snapshot) }
            let budgets = try storeCall { try store.budgets(of: summary.id) }
            let manifest = try storeCall { try store.manifest(of: summary.id) }
            print(SnapshotText.detail(summary, budgets: budgets, manifest: manifest), terminator: "")
        }
    }

    /// `snapshot export ID|LABEL --out DIR [--consolidated]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write a snapshot's unit budgets back as text files.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Snapshot id or label.") var snapshot: String
        @Option(help: "Output folder.") var out: String
        @Flag(help: "Also write the department budgets (departments/<code>.txt) and the district (district.txt).")
        var consolidated = false

        func run() throws {
            let store = try options.open(readOnly: true)
            let summary = try storeCall { try store.resolve(snapshot) }
            let files = try storeCall { try store.export(summary.id, to: URL(fileURLWithPath: out), consolidated: consolidated) }
            print("已导出快照 #\(summary.id)（\(summary.label)）的 \(files.count) 个文件到 \(out)")
        }
    }

    /// `snapshot verify`.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check SQLite integrity and every blob (present, decompresses, hashes to its address). Exit 1 when damaged.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            let store = try options.open(readOnly: true)
            let report = try storeCall { try store.verify() }
            print(report.description)
            if !report.isOK { throw ExitCode(ExitStatus.findings) }
        }
    }

    /// `snapshot prune --keep N`.
    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "prune", abstract: "Remove all but the N newest snapshots and the blobs no longer used.")
        @OptionGroup var options: StoreOptions
        @Option(help: "How many of the newest snapshots to keep.") var keep: Int

        func validate() throws { if keep < 1 { throw ValidationError("--keep must be at least 1") } }

        func run() throws {
            let store = try options.open()
            let report = try storeCall { try store.prune(keep: keep) }
            print(report.description)
        }
    }

    /// `snapshot compact`.
    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compact",
            abstract: "Give the space that prune freed back to the file system (SQLite VACUUM); snapshots are unchanged.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            let store = try options.open()
            let report = try storeCall { try store.compact() }
            print(report.description)
        }
    }
}

/// Text renderings of snapshots.
enum SnapshotText {
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    static func size(_ bytes: Int64) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f KB", Double(bytes) / 1024)
    }

    static func table(_ snapshots: [SnapshotSummary]) -> String {
        var out = ["编号\t标签\t时间\t单位\t隔离\t错误\t警告\t存储大小\t原始大小"]
        for s in snapshots {
            out.append("\(s.id)\t\(s.label)\t\(time(s.createdAt))\t\(s.unitCount)\t\(s.quarantinedCount)\t\(s.errorCount)\t\(s.warningCount)\t\(size(s.storedBytes))\t\(size(s.rawBytes))")
        }
        if snapshots.isEmpty { out.append("（没有快照）") }
        return out.joined(separator: "\n") + "\n"
    }

    static func detail(_ s: SnapshotSummary, budgets: [StoredBudget], manifest: [ManifestEntry]) -> String {
        var out: [String] = []
        out.append("快照 #\(s.id)：\(s.label)")
        out.append("作业：\(s.job)；年度：\(s.year.map(String.init) ?? "未定")；地区：\(s.district)；时间：\(time(s.createdAt))")
        out.append("引擎版本：\(s.engineVersion)；规则目录版本：\(s.catalogueVersion)；内容哈希：\(s.contentHash)")
        out.append("单位 \(s.unitCount) 个，隔离 \(s.quarantinedCount) 个；错误 \(s.errorCount)，警告 \(s.warningCount)；存储 \(size(s.storedBytes))（原始 \(size(s.rawBytes))）")
        out.append("")
        out.append("输入清单（\(manifest.count) 个文件）：")
        for m in manifest {
            out.append("  \(m.status == .read ? "读入" : "隔离") \(m.path) \(m.size) 字节 sha256:\(m.sha256.prefix(16))…\(m.reason.isEmpty ? "" : " " + m.reason)")
        }
        out.append("")
        out.append("预算（\(budgets.count) 份）：")
        for b in budgets {
            out.append("  \(b.level)\t\(b.code)\t\(b.name)\t错误 \(b.errorCount)\t警告 \(b.warningCount)\t\(b.textHash.prefix(12))")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
