import Foundation
import Testing
import HuizongTestSupport
@testable import HuizongStore

/// Path of the reference `lz4` command-line tool (package `lz4`).
private let lz4Tool = "/usr/bin/lz4"

@Suite(
    "LZ4Frame interoperates with the lz4 command-line tool",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: lz4Tool),
        "\(lz4Tool) is not installed (apt-get install lz4) — interop with the reference tool untested"))
struct LZ4InteropTests {
    /// Named inputs, so a failure says which one.
    static let inputs: [(String, [UInt8])] = {
        var rng = SeededRandom(seed: 0x1A2B_3C4D)
        return [
            ("empty", []),
            ("one byte", [0x7F]),
            ("1 MiB random", rng.bytes(1 << 20)),
            ("repetitive Chinese", LZ4Fixtures.repetitiveChinese()),
            ("small blob", LZ4Fixtures.smallBlob),
        ]
    }()

    @Test(arguments: [0, 9])
    func ourFramesDecodeWithLz4Tool(level: Int) throws {
        for (name, input) in Self.inputs {
            let frame = try LZ4Frame.compress(input, level: level)
            let output = try withTemporaryFile(frame) { try runLz4(["-d", "-c", $0]) }
            #expect(output == input, "\(name) at level \(level)")
        }
    }

    /// Frames from `lz4 -c` with several option sets decode with `LZ4Frame.decompress`.
    @Test(arguments: [
        [], ["-9"], ["--content-size"], ["-B4"], ["-BD"], ["-BX"], ["--fast=5"], ["-12", "--content-size", "-BX"],
    ])
    func lz4ToolFramesDecodeWithUs(options: [String]) throws {
        for (name, input) in Self.inputs {
            let frame = try withTemporaryFile(input) { try runLz4(options + ["-c", $0]) }
            #expect(try LZ4Frame.decompress(frame) == input, "\(name) with \(options)")
        }
    }

    @Test func ourDictionaryFramesDecodeWithLz4Tool() throws {
        let dictionary = try LZ4Dictionary(LZ4Fixtures.templateDictionary)
        try withTemporaryFile(LZ4Fixtures.templateDictionary) { dictionaryPath in
            for (name, input) in Self.inputs {
                let frame = try LZ4Frame.compress(input, dictionary: dictionary)
                let output = try withTemporaryFile(frame) { try runLz4(["-d", "-D", dictionaryPath, "-c", $0]) }
                #expect(output == input, "\(name)")
            }
        }
    }

    @Test func lz4ToolDictionaryFramesDecodeWithUs() throws {
        let dictionary = try LZ4Dictionary(LZ4Fixtures.templateDictionary)
        try withTemporaryFile(LZ4Fixtures.templateDictionary) { dictionaryPath in
            for (name, input) in Self.inputs {
                let frame = try withTemporaryFile(input) { try runLz4(["-D", dictionaryPath, "-c", $0]) }
                #expect(try LZ4Frame.decompress(frame, dictionary: dictionary) == input, "\(name)")
            }
        }
    }

    /// Frames without a content checksum cannot be verified, so the codec refuses them.
    @Test func framesWithoutContentChecksumAreRefused() throws {
        let frame = try withTemporaryFile(LZ4Fixtures.smallBlob) { try runLz4(["--no-frame-crc", "-c", $0]) }
        let error = try #require(throws: LZ4Error.self) { try LZ4Frame.decompress(frame) }
        #expect(error.code == LZ4Error.contentChecksumFlagInvalid)
    }
}

/// Runs `lz4` with `arguments` and returns its standard output; throws on a non-zero exit.
private func runLz4(_ arguments: [String]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: lz4Tool)
    process.arguments = ["-q"] + arguments
    let stdout = Pipe(), stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()  // drain before waiting
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ToolFailure(
            arguments: arguments, status: process.terminationStatus,
            stderr: String(decoding: errors, as: UTF8.self))
    }
    return [UInt8](output)
}

private struct ToolFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stderr: String
    var description: String { "lz4 \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
}

/// Writes `contents` to a fresh file in the temporary directory, runs `body` with its path,
/// and removes the file afterwards.
private func withTemporaryFile<R>(_ contents: [UInt8], _ body: (String) throws -> R) throws -> R {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("huizong-lz4-\(UUID().uuidString)")
    try Data(contents).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}
