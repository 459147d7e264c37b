import ArgumentParser
import Foundation
import HuizongStore

/// `huizong store-stress --store FILE --units N [--snapshots K]`: writes large synthetic
/// snapshots into a store, one after another, printing `snapshot ID` after each commit.
///
/// Hidden; used by the store's crash-safety test, which kills this process at random
/// moments and then checks that the store is intact and every snapshot in it complete.
struct StoreStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-stress", abstract: "Write large synthetic snapshots into a store (crash-safety tests).",
        shouldDisplay: false)

    @Option(help: "The store file.")
    var store: String

    @Option(help: "Units per snapshot.")
    var units: Int = 500

    @Option(help: "Snapshots to write, one after another.")
    var snapshots: Int = 1

    @Option(help: "Seed of the synthetic amounts (default: the process id).")
    var seed: UInt64?

    func run() throws {
        let store: SnapshotStore
        do { store = try SnapshotStore(path: self.store) } catch {
            FileHandle.standardError.write(Data("错误 \(error)\n".utf8))
            throw ExitCode(ExitStatus.unreadable)
        }
        var state = seed ?? UInt64(ProcessInfo.processInfo.processIdentifier)
        for round in 0..<max(1, snapshots) {
            let content = Self.synthetic(units: max(1, units), round: round, state: &state)
            do {
                let summary = try store.write(content)
                FileHandle.standardOutput.write(Data("snapshot \(summary.id) units \(summary.unitCount)\n".utf8))
            } catch {
                FileHandle.standardError.write(Data("错误 \(error)\n".utf8))
                throw ExitCode(ExitStatus.unreadable)
            }
        }
    }

    /// `units` unit entries of about 12 KB each (10 units a department), their departments
    /// and a district, with amounts drawn from `state` so every snapshot adds new blobs.
    static func synthetic(units: Int, round: Int, state: inout UInt64) -> SnapshotContent {
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func text(_ code: String) -> [UInt8] {
            var out = "单位预算收支总表\n\t\(code)压力测试单位\n\t预算年度：2025\n\t单位：万元\n\n"
            for row in 0..<300 {
                out += "\t\(row + 1)\n\t2080\(row % 100)\n\t\(next() % 100_000).\(next() % 100)\n\t\n\n"
            }
            return Array(out.utf8)
        }
        let findings = Array("[]".utf8)
        let entries = (0..<units).map { index -> SnapshotContent.Entry in
            let code = String(format: "%03d%03d", 100 + index / 10, index % 10 + 1)
            return SnapshotContent.Entry(code: code, name: "压力测试单位\(code)", departmentCode: String(code.prefix(3)),
                                         file: "\(code)-2025.txt", text: text(code), findingsJSON: findings)
        }
        let departments = Set(entries.map(\.departmentCode)).sorted().map { code in
            SnapshotContent.Entry(code: code, name: "部门\(code)", text: text(code), findingsJSON: findings)
        }
        let manifest = entries.map { ManifestEntry(path: $0.file, size: $0.text.count, sha256: ContentHash.sha256($0.text),
                                                   status: .read, unitCode: $0.code) }
        return SnapshotContent(
            label: "stress \(round)", job: "store-stress", year: 2025, district: "压力测试区",
            engineVersion: "stress", catalogueVersion: "stress", manifest: manifest, units: entries,
            departments: departments,
            districtBudget: SnapshotContent.Entry(code: "000", name: "压力测试区", text: text("000"), findingsJSON: findings))
    }
}
