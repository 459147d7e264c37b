import Foundation
import GRDB

/// Every failure of the snapshot store, with the store file it concerns.
///
/// Messages are Chinese and rendered in one place (``description``), so the CLI prints
/// `"\(error)"` and nothing else. SQLite failures keep SQLite's own message.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not a Huizong store (not SQLite, or SQLite without our `meta`).
    case notAStore(path: String, detail: String)
    /// The store was written by a newer build: a schema version or migration this build does not know.
    case newerSchema(path: String, found: String, supported: Int)
    /// A read-only open of a file that does not exist.
    case missingFile(path: String)
    /// The disk (or SQLite's page limit) is full; the transaction was rolled back.
    case diskFull(path: String, message: String)
    /// An I/O error of the file system; the transaction was rolled back.
    case io(path: String, message: String)
    /// Any other SQLite failure.
    case database(path: String, message: String)
    /// A snapshot reference (`12`, `2025 二上`) that matches nothing.
    case unknownSnapshot(path: String, reference: String, available: [String])
    /// A content address that has no blob.
    case missingBlob(path: String, hash: String)
    /// A blob that cannot be decompressed or does not hash to its address.
    case damagedBlob(path: String, hash: String, detail: String)
    /// A blob whose content cannot be read back (not a budget, not findings JSON).
    case unreadableContent(path: String, hash: String, detail: String)
    /// Compression failed before anything was written.
    case compression(path: String, detail: String)
    /// Writing an export failed.
    case export(path: String, folder: String, detail: String)

    /// The one rendering of every store error.
    public var description: String {
        switch self {
        case .notAStore(let path, let detail):
            "不是 Huizong 数据库：\(path)（\(detail)）"
        case .newerSchema(let path, let found, let supported):
            "数据库 \(path) 由更新版本的 Huizong 写入（结构版本 \(found)，本程序支持到 \(supported)）：请升级 Huizong 后再打开，本程序不会改动它"
        case .missingFile(let path):
            "数据库不存在：\(path)"
        case .diskFull(let path, let message):
            "磁盘已满，未能写入数据库 \(path)，本次写入已全部撤销：\(message)"
        case .io(let path, let message):
            "读写数据库 \(path) 时发生 I/O 错误，本次写入已全部撤销：\(message)"
        case .database(let path, let message):
            "数据库 \(path) 出错：\(message)"
        case .unknownSnapshot(let path, let reference, let available):
            "数据库 \(path) 中没有快照“\(reference)”；现有快照：" + (available.isEmpty ? "（无）" : available.joined(separator: "、"))
        case .missingBlob(let path, let hash):
            "数据库 \(path) 缺少内容 \(hash)"
        case .damagedBlob(let path, let hash, let detail):
            "数据库 \(path) 中的内容 \(hash) 已损坏：\(detail)"
        case .unreadableContent(let path, let hash, let detail):
            "数据库 \(path) 中的内容 \(hash) 无法读回：\(detail)"
        case .compression(let path, let detail):
            "压缩失败，未写入数据库 \(path)：\(detail)"
        case .export(let path, let folder, let detail):
            "从数据库 \(path) 导出到 \(folder) 失败：\(detail)"
        }
    }

    /// Maps any error thrown by GRDB/SQLite (or already a `StoreError`) to a `StoreError` of `path`.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: String(describing: error))
        }
        let message = error.message ?? error.resultCode.description
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path, message: message)
        case .SQLITE_IOERR: return .io(path: path, message: message)
        case .SQLITE_NOTADB: return .notAStore(path: path, detail: message)
        default: return .database(path: path, message: message)
        }
    }
}

/// Runs `body`, turning whatever it throws into a `StoreError` of `path`.
func storeCall<T>(_ path: String, _ body: () throws -> T) throws(StoreError) -> T {
    do { return try body() } catch { throw StoreError.wrap(error, path: path) }
}
