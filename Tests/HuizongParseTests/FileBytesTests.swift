import Foundation
import Testing
import HuizongParse

/// Whole files read straight into bytes, as `FileManager` reads them.
@Suite struct FileBytesTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-bytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 4095, 4096, 70_000])
    func readsEveryByte(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileBytes.read(path) == bytes)
        #expect(FileBytes.read(path) == FileManager.default.contents(atPath: path).map { [UInt8]($0) })
    }

    /// A file in /proc is a regular file whose size (0) is not its length: read to its end.
    @Test func aFileLongerThanItsSizeIsReadToItsEnd() throws {
        #if os(Linux)
        let bytes = try #require(FileBytes.read("/proc/self/status"))
        #expect(String(decoding: bytes, as: UTF8.self).contains("VmRSS:"))
        #expect(bytes.count > 100)
        #endif
    }

    @Test func aFolderOrAMissingFileIsNil() {
        #expect(FileBytes.read(FileManager.default.temporaryDirectory.path) == nil)
        #expect(FileBytes.read("/nonexistent/huizong.txt") == nil)
    }
}
