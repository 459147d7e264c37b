import Foundation

/// What `SnapshotStore.verify()` found.
public struct VerifyReport: Sendable, Hashable, CustomStringConvertible {
    /// A budget row that points to a blob.
    public struct Reference: Sendable, Hashable {
        public var snapshotID: Int64
        public var snapshotLabel: String
        /// `unit`, `department` or `district`.
        public var level: String
        public var code: String
        public var name: String
        /// `text` or `findings`.
        public var role: String
        /// Where in a department's or the district's text the blob is (`T3`,
        /// `P 单位明细 12 项 › P 某单位小计`); nil when the row points at it directly.
        public var part: String? = nil
    }

    /// A blob that is missing or damaged, and everything that refers to it.
    public struct BadBlob: Sendable, Hashable {
        public var hash: String
        /// What is wrong, for people.
        public var problem: String
        public var references: [Reference]
    }

    /// A snapshot whose rows do not match the counts it records.
    public struct IncompleteSnapshot: Sendable, Hashable {
        public var id: Int64
        public var label: String
        public var problem: String
    }

    /// Lines of `PRAGMA integrity_check` other than `ok`, and of `PRAGMA foreign_key_check`.
    public var integrityProblems: [String]
    /// Referenced blobs that are not stored.
    public var missingBlobs: [BadBlob]
    /// Stored blobs that do not decompress, or do not hash to their address.
    public var damagedBlobs: [BadBlob]
    /// Snapshots whose budget or input rows disagree with their counts.
    public var incompleteSnapshots: [IncompleteSnapshot]
    /// How much was checked.
    public var snapshotCount: Int
    public var blobCount: Int

    /// True when nothing is wrong.
    public var isOK: Bool {
        integrityProblems.isEmpty && missingBlobs.isEmpty && damagedBlobs.isEmpty && incompleteSnapshots.isEmpty
    }

    /// The report for people, one problem a line.
    public var description: String {
        var lines = ["检查了 \(snapshotCount) 个快照、\(blobCount) 项内容：" + (isOK ? "完好" : "发现问题")]
        lines += integrityProblems.map { "  SQLite 完整性：\($0)" }
        for (title, blobs) in [("缺少内容", missingBlobs), ("内容损坏", damagedBlobs)] {
            for blob in blobs {
                lines.append("  \(title) \(blob.hash)：\(blob.problem)")
                for ref in blob.references {
                    let level = ["unit": "单位", "department": "部门", "district": "全区"][ref.level] ?? ref.level
                    let role = ref.role == "text" ? "预算文本" : "审核结果"
                    let part = ref.part.map { "（\($0)）" } ?? ""
                    lines.append("    快照 \(ref.snapshotID)（\(ref.snapshotLabel)）\(level) \(ref.code) \(ref.name) 的\(role)\(part)")
                }
            }
        }
        lines += incompleteSnapshots.map { "  快照 \($0.id)（\($0.label)）不完整：\($0.problem)" }
        return lines.joined(separator: "\n")
    }
}
