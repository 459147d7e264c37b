import Foundation
import Logging
import Synchronization

/// Log output for unattended runs: plain lines for people, or one JSON object per line for
/// log collectors (`--log-format json`). Both write to standard error.
public enum JobLogging {
    /// The log formats.
    public enum Format: String, Sendable, CaseIterable { case text, json }

    /// A logger writing in `format` from `level` up.
    public static func logger(format: Format, level: Logger.Level) -> Logger {
        var logger = Logger(label: "huizong") { label in
            format == .json ? AnyLogHandler(JSONLogHandler(label: label)) : AnyLogHandler(TextLogHandler(label: label))
        }
        logger.logLevel = level
        return logger
    }
}

/// Erases the handler type for the factory.
struct AnyLogHandler: LogHandler {
    var base: any LogHandler
    init(_ base: any LogHandler) { self.base = base }
    func log(event: LogEvent) { base.log(event: event) }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }
    var metadata: Logger.Metadata { get { base.metadata } set { base.metadata = newValue } }
    var logLevel: Logger.Level { get { base.logLevel } set { base.logLevel = newValue } }
}

/// Serialises writes to standard error.
let standardErrorLock = Mutex(())

func writeStandardError(_ line: String) {
    standardErrorLock.withLock { _ in FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

/// `2026-11-29T02:00:00Z info 开始作业 job=demo label=2025 一上`.
struct TextLogHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.keys.sorted().map { "\($0)=\(all[$0]!)" }.joined(separator: " ")
        writeStandardError("\(ISO8601DateFormatter().string(from: Date())) \(event.level) \(event.message)\(fields.isEmpty ? "" : " " + fields)")
    }
}

/// `{"time":"…","level":"info","message":"开始作业","job":"demo",…}`.
struct JSONLogHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: String] = ["time": ISO8601DateFormatter().string(from: Date()), "level": "\(event.level)",
                                        "message": "\(event.message)", "logger": label]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { object[key] = "\(value)" }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        writeStandardError(String(decoding: data, as: UTF8.self))
    }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
public final class ProgressBar: Sendable {
    private let state = Mutex<(last: Int, width: Int)>((-1, 30))
    private let title: String

    public init(title: String) { self.title = title }

    /// Shows `done` of `total`.
    public func update(_ done: Int, _ total: Int) {
        guard total > 0 else { return }
        let percent = done * 100 / total
        let draw: Bool = state.withLock { s in
            if percent == s.last && done != total { return false }
            s.last = percent
            return true
        }
        guard draw else { return }
        let filled = done * 30 / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
        standardErrorLock.withLock { _ in
            FileHandle.standardError.write(Data("\r\(title) \(bar) \(done)/\(total)\(done == total ? "\n" : "")".utf8))
        }
    }
}
