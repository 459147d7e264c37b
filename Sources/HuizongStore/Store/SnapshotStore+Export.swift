import Foundation
import HuizongParse

extension SnapshotStore {
    /// Writes snapshot `id` to `folder`: every unit budget as `<code>-<year>.txt` (the
    /// canonical text, which reads back to the stored model) and `manifest.csv`; with
    /// `consolidated`, also every department as `departments/<code>.txt` and the district as
    /// `district.txt` (assembled from their parts), as `rollup` writes them.
    ///
    /// - Returns: The file names written (relative to `folder`), in order.
    @discardableResult
    public func export(_ id: Int64, to folder: URL, consolidated: Bool = false) throws(StoreError) -> [String] {
        guard let snapshot = try summary(id: id) else { throw unknown(id) }
        let all = try budgets(of: id)
        let budgets = all.filter { $0.level == "unit" }
        let manifest = try manifest(of: id)
        var written: [String] = []
        func put(_ name: String, _ bytes: [UInt8]) throws(StoreError) {
            do {
                try Data(bytes).write(to: folder.appendingPathComponent(name), options: .atomic)
            } catch {
                throw StoreError.export(path: path, folder: folder.path, detail: "\(name)：\(error.localizedDescription)")
            }
            written.append(name)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if consolidated {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent("departments"), withIntermediateDirectories: true)
            }
        } catch {
            throw StoreError.export(path: path, folder: folder.path, detail: error.localizedDescription)
        }
        for budget in budgets {
            let year = snapshot.year.map(String.init) ?? "未定"
            try put("\(budget.code)-\(year).txt", try text(hash: budget.textHash))
        }
        if consolidated {
            for budget in all where budget.level == "department" {
                try put("departments/\(budget.code).txt", try text(hash: budget.textHash))
            }
            for budget in all where budget.level == "district" { try put("district.txt", try text(hash: budget.textHash)) }
        }
        let rows = manifest.map { entry in
            [entry.path, String(entry.size), entry.sha256, entry.status == .read ? "已读入" : "已隔离", entry.reason, entry.unitCode ?? ""]
        }
        let csv = CSV.file(header: ["文件", "字节数", "SHA-256", "状态", "原因", "单位编码"], rows: rows)
        try put("manifest.csv", Array(csv.utf8))
        return written
    }
}
