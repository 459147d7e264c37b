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

    /// Writes `bytes` to `path` (created with mode 0644 when new), without flushing it to disk.
    ///
    /// A file already there is written over from its start and then cut to the new length,
    /// not truncated first: freeing a file's blocks and allocating new ones (and, on ext4,
    /// the flush of a file truncated to nothing when it is closed) made writing a district's
    /// files into the folder of an earlier run slower than into a new one, and a run written
    /// again is mostly the same size. Until the final flush a crash may leave a file part
    /// new and part old (truncating left it part new and part missing).
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
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
            // What is left of a longer old file is cut off.
            return ftruncate(descriptor, off_t(buffer.count)) != 0
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
