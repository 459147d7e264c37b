import Foundation

/// Reads a whole file into a byte array with `open`/`fstat`/`read`.
///
/// `FileManager.contents(atPath:)` gives `Data`, which the loader then copied into
/// `[UInt8]`: two buffers and a copy per unit. Here the bytes are read once, straight
/// into the array the reader scans.
public enum FileBytes {
    /// The bytes of the file at `path`, or nil when it cannot be opened or read (a
    /// folder, a missing file, no permission).
    public static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than the size fstat gives tells whether the file grew meanwhile.
        let expected = Int(status.st_size)
        // A regular file that gives exactly that size when asked for one byte more has
        // ended there: the read that would return 0 is not made (one system call less
        // per unit). Other files (pipes, /proc) are read until a read returns 0.
        let regular = status.st_mode & S_IFMT == S_IFREG
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = readFully(descriptor, into: UnsafeMutableRawBufferPointer(buffer),
                              endsAt: regular ? expected : nil, failed: &failed)
        }
        guard !failed else { return nil }
        guard bytes.count > expected else { return bytes }
        // The file grew while it was read: the rest in chunks.
        while true {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let got = chunk.withUnsafeMutableBytes { readFully(descriptor, into: $0, endsAt: nil, failed: &failed) }
            guard !failed else { return nil }
            bytes.append(contentsOf: chunk[..<got])
            if got < chunk.count { return bytes }
        }
    }

    /// Reads into `buffer` until it is full or the file ends; the number of bytes read.
    /// With `endsAt`, a read that stops short of the buffer's end exactly there ends the
    /// file (a regular file's reads stop short only at its end).
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer,
                                  endsAt end: Int?, failed: inout Bool) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let n = Glibc.read(descriptor, base + total, buffer.count - total)
            if n < 0 {
                if errno == EINTR { continue }
                failed = true
                return total
            }
            if n == 0 { break }
            total += n
            if total == end { break }
        }
        return total
    }
}
