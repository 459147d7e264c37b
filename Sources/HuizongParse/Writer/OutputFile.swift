import Foundation

/// Writes output files with `open`/`write`/`close`, and makes a whole folder of them
/// durable with one flush at the end.
///
/// `Data.write(to:)` calls `fsync` on every file it writes: a district's roll-up writes
/// two hundred files, and two hundred flushes of the disk cost far more than the writing
/// (a second on a busy virtual disk). Writing them all and then flushing the file system
/// once gives the same guarantee when the command returns: every file is on disk.
public enum OutputFile {
    /// Why an output file could not be written, for people.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file.
        public var path: String
        /// The system's reason (`strerror`).
        public var reason: String

        public var description: String { "无法写入文件 \(path)：\(reason)" }
    }

    /// Writes `bytes` to `path` (created or truncated, mode 0644), without flushing it to disk.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                written += n
            }
            return false
        }
        if failed {
            let error = failure(path)
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    /// Flushes every file written so far to disk (`sync`, which waits for the writes to
    /// complete on Linux): the files written before it are durable when this returns.
    /// (`syncfs`, limited to one file system, is not available to Swift here.)
    public static func flushToDisk() {
        sync()
    }

    private static func failure(_ path: String) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(errno)))
    }
}
