import Foundation
import Testing
@testable import HuizongParse

/// Output files are written over in place: whatever was there before, the file holds
/// exactly the new bytes.
@Suite struct OutputFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-outputfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFileWrittenAgainHoldsOnlyTheNewBytes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.txt").path
        let long = Array(repeating: UInt8(ascii: "x"), count: 100_000)
        try OutputFile.write(long, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(long))
        // Shorter than before: the old tail is cut off.
        let short = Array("短的\n".utf8)
        try OutputFile.write(short, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(short))
        // Longer again, then empty.
        let middle = Array(repeating: UInt8(ascii: "y"), count: 5_000)
        try OutputFile.write(middle, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(middle))
        try OutputFile.write([], to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    @Test func anExistingFileKeepsItsPermissionsAndLinks() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt").path
        let link = folder.appendingPathComponent("link.txt").path
        try OutputFile.write(Array("old contents".utf8), to: target)
        #expect(chmod(target, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try OutputFile.write(Array("new".utf8), to: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aFolderInTheWayIsReported() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputFile.WriteError.self) { try OutputFile.write([1, 2, 3], to: folder.path) }
    }
}
