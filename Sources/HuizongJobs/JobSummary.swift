import HuizongDiff
import HuizongModel
import HuizongRollup
import HuizongStore

/// The short summary a run prints.
enum JobSummary {
    static func text(job: JobFile, rollup: RollupResult, snapshot: SnapshotSummary, unchanged: Bool,
                     comparison: SnapshotComparison?, folder: String) -> String {
        var out = ["作业 \(job.name)：\(job.label)（\(job.district)）"]
        out += RollupSummary.text(rollup).split(separator: "\n").map(String.init)
        out.append(unchanged ? "与快照 #\(snapshot.id) 相比无变化（no change since snapshot \(snapshot.id)），未写入新快照"
                             : "快照：#\(snapshot.id)（\(snapshot.label)），新增内容 \(snapshot.addedBlobCount) 项")
        if let comparison {
            out.append("与 \(comparison.old) 相比：单位新增 \(comparison.added.count)，减少 \(comparison.removed.count)，变动 \(comparison.changed.count)，未变 \(comparison.unchangedCount)")
            for total in comparison.totals where total.scope == "全区" {
                out.append("  全区 \(total.table.label) \(total.label)：\(total.old?.text() ?? "（空）") → \(total.new?.text() ?? "（空）")，\(total.change.signedText)")
            }
        }
        out.append("报告：\(folder)\(job.formats.contains(.html) ? "/report.html" : "")")
        return out.joined(separator: "\n") + "\n"
    }
}
