#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on a store, so that two runs never write one store at once.
///
/// Uses `flock` on `<store>.lock`: the lock is released by the kernel when the process
/// ends, even when it is killed, so a crashed run never leaves the store locked.
public final class RunLock: @unchecked Sendable {
    // @unchecked: the descriptor is only closed in deinit.
    private let descriptor: Int32
    /// The lock file's path.
    public let path: String

    /// Why the lock could not be taken.
    public enum Failure: Error, CustomStringConvertible {
        /// Another run holds it (and we were told not to wait).
        case busy(path: String, holder: String)
        /// The lock file cannot be opened.
        case cannotOpen(path: String, reason: String)

        public var description: String {
            switch self {
            case .busy(let path, let holder):
                return "另一个汇总作业正在使用此数据库（锁文件 \(path)\(holder.isEmpty ? "" : "，持有者 " + holder)）：请稍后再试，或用 --wait 等待其结束"
            case .cannotOpen(let path, let reason):
                return "无法打开锁文件 \(path)：\(reason)"
            }
        }
    }

    /// Takes the lock of the store at `storePath`; waits for it when `wait`, else fails at once.
    public init(storePath: String, wait: Bool) throws(Failure) {
        path = storePath + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw .busy(path: path, holder: holder)
        }
        descriptor = fd
        let note = "pid \(getpid()) since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Facts about the terminal, for progress display.
public enum Terminal {
    /// True when standard error is a terminal (progress bars are drawn only then).
    public static var standardErrorIsInteractive: Bool { isatty(2) == 1 }
}
