import Foundation
import HuizongDiff
import HuizongModel
import HuizongReport
import HuizongRollup
import HuizongStore

/// Writes a run's reports into a temporary folder beside the output folder, then moves it
/// into place, so that a reader never sees half a report.
enum JobOutputs {
    static func write(job: JobFile, rollup: RollupResult, snapshot: SnapshotSummary, comparison: SnapshotComparison?,
                      started: Date) throws -> String {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: job.outputFolder)
        let parent = target.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: temporary)
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            let formats = Set(job.formats.compactMap(\.rollupFormat))
            try RollupOutputs.write(rollup, to: temporary, formats: formats)
            if let comparison {
                try Data(DiffReport.text(comparison).utf8).write(to: temporary.appendingPathComponent("diff.txt"))
                try Data(DiffReport.csv(comparison).utf8).write(to: temporary.appendingPathComponent("diff.csv"))
            }
            if job.formats.contains(.html) {
                let procurement = ProcurementSummary.make(units: rollup.includedBudgets, consolidated: rollup.district.procurement)
                let assets = AssetSummary.make(units: rollup.includedBudgets, consolidated: rollup.district.assets)
                let html = HTMLReport.render(HTMLReport.Input(
                    title: job.name, districtName: job.district, year: job.year, draftLabel: job.draft, runTime: started,
                    snapshotID: snapshot.id, snapshotLabel: snapshot.label, result: rollup,
                    procurement: procurement, assets: assets, comparison: comparison,
                    comparisonName: comparison?.old ?? "无比较"))
                try Data(html.utf8).write(to: temporary.appendingPathComponent("report.html"))
            }
            // Swap: the old folder moves aside, the new one takes its place, the old one goes.
            let aside = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            if manager.fileExists(atPath: target.path) { try manager.moveItem(at: target, to: aside) }
            try manager.moveItem(at: temporary, to: target)
            try? manager.removeItem(at: aside)
        } catch {
            try? manager.removeItem(at: temporary)
            throw JobRunError.output("无法写出报告到 \(target.path)：\(error.localizedDescription)")
        }
        return target.path
    }
}
