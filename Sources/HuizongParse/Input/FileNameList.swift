import Foundation

/// The relative paths a directory walk found, as UTF-8 bytes (possibly invalid, as
/// `readdir` gave them) in one buffer: one allocation for all the names instead of a
/// `String` each.
struct FileNameList {
    /// The paths' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each path ends in `bytes` (it starts where the one before ends).
    private var ends: [Int] = []
    /// True while every byte is ASCII.
    private var isASCII = true

    /// The number of paths.
    var count: Int { ends.count }

    /// Adds the path `folder` + `name` (`folder` empty or ending with a slash; `isASCII`
    /// when every byte of both is).
    mutating func append(_ folder: [UInt8], _ name: UnsafeBufferPointer<UInt8>, isASCII pathIsASCII: Bool) {
        isASCII = isASCII && pathIsASCII
        if !folder.isEmpty { bytes.append(contentsOf: folder) }
        bytes.append(contentsOf: name)
        ends.append(bytes.count)
    }

    /// The bytes of path `index`.
    private func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// Path `index` as a `String` (invalid bytes as U+FFFD: the path as the walk decoded
    /// each name and joined them with slashes).
    func string(_ index: Int) -> String { String(decoding: bytes[range(index)], as: UTF8.self) }

    /// The paths with `prefix` (ending with a slash) before each, in `String` order.
    ///
    /// ASCII paths are sorted on their bytes, first by their first eight (one integer
    /// comparison), which is their `String` order: `String` compares the Unicode scalars
    /// of the normalized texts, and the scalars of ASCII bytes are the bytes, normalized
    /// as they are. The common prefix changes no order: it ends with a slash, which no
    /// following character combines with. Sorting the 10,000 prefixed `String`s cost
    /// 2,800 instructions a path. Other paths are joined to the prefix and sorted as
    /// `String`s.
    func prefixedSorted(_ prefix: String) -> [String] {
        guard isASCII else { return (0..<count).map { prefix + string($0) }.sorted() }
        return bytes.withUnsafeBufferPointer { all in
            var keys = (0..<count).map { index in (head: Self.head(UnsafeBufferPointer(rebasing: all[range(index)])), index: index) }
            keys.sort { left, right in
                if left.head != right.head { return left.head < right.head }
                return Self.precedes(UnsafeBufferPointer(rebasing: all[range(left.index)]),
                                     UnsafeBufferPointer(rebasing: all[range(right.index)]))
            }
            let prefixBytes = Array(prefix.utf8)
            return keys.map { key in
                let path = UnsafeBufferPointer(rebasing: all[range(key.index)])
                return String(unsafeUninitializedCapacity: prefixBytes.count + path.count) { buffer in
                    let afterPrefix = buffer.initialize(fromContentsOf: prefixBytes)
                    return afterPrefix + UnsafeMutableBufferPointer(rebasing: buffer[afterPrefix...]).initialize(fromContentsOf: path)
                }
            }
        }
    }

    /// The first eight bytes of `path` as a big-endian integer, zeros after a shorter
    /// path (a path holds no zero byte, so a path before its extensions stays before).
    @inline(__always)
    static func head(_ path: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if path.count >= 8 { return UnsafeRawPointer(path.baseAddress!).loadUnaligned(as: UInt64.self).bigEndian }
        var value: UInt64 = 0
        for index in 0..<8 { value = value << 8 | UInt64(index < path.count ? path[index] : 0) }
        return value
    }

    /// Whether `left` comes before `right` byte by byte (a path before its extensions).
    static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? order < 0 : left.count < right.count
    }
}
