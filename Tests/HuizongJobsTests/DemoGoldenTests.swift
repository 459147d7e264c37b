import Foundation
import Testing
import HuizongTestSupport

/// End to end: the built `huizong` runs the demo job on both drafts, and its text and CSV
/// outputs equal the committed golden files in `data/golden/demo/` (the difference is
/// printed on mismatch). `HUIZONG_UPDATE_GOLDEN=1 swift test --filter DemoGolden` rewrites them.
@Suite(.serialized) struct DemoGoldenTests {
    static let binary = Seed.packageRoot.appendingPathComponent(".build/debug/huizong").path
    static let golden = Seed.packageRoot.appendingPathComponent("data/golden/demo")

    /// Runs the binary; returns the exit code and standard output.
    static func run(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The files compared: every text and CSV output except the (large) facts CSV.
    static func comparedFiles(in folder: URL) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".csv")) && $0 != "facts.csv" }.sorted()
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary), "build huizong first (scripts/test does)"))
    func demoJobMatchesTheGoldenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-demo-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try manager.copyItem(at: Seed.packageRoot.appendingPathComponent("jobs/demo.yaml"), to: root.appendingPathComponent("jobs/demo.yaml"))
        try manager.createSymbolicLink(at: root.appendingPathComponent("data"), withDestinationURL: Seed.packageRoot.appendingPathComponent("data"))
        defer { try? manager.removeItem(at: root) }
        let (first, _) = try Self.run(["run", "jobs/demo.yaml"], in: root)
        #expect(first == 0)
        let (second, summary) = try Self.run(["run", "jobs/demo.yaml", "--var", "draft=二上", "--var", "folder=draft2"], in: root)
        #expect(second == 0)
        #expect(summary.contains("与 #1 2025 一上 相比"))
        let update = ProcessInfo.processInfo.environment["HUIZONG_UPDATE_GOLDEN"] == "1"
        var mismatches: [String] = []
        for draft in ["draft1", "draft2"] {
            let output = root.appendingPathComponent("out/demo/\(draft)")
            let expected = Self.golden.appendingPathComponent(draft)
            let produced = Self.comparedFiles(in: output)
            if update {
                try? manager.removeItem(at: expected)
                for file in produced {
                    let target = expected.appendingPathComponent(file)
                    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Self.normalized(output.appendingPathComponent(file), root: root).write(to: target, atomically: true, encoding: .utf8)
                }
                continue
            }
            #expect(produced == Self.comparedFiles(in: expected), "the set of output files changed in \(draft)")
            for file in produced {
                let actual = try Self.normalized(output.appendingPathComponent(file), root: root)
                let wanted = (try? String(contentsOf: expected.appendingPathComponent(file), encoding: .utf8)) ?? ""
                if actual != wanted { mismatches.append("\(draft)/\(file)\n" + Self.difference(wanted, actual)) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) golden files differ:\n\(mismatches.prefix(5).joined(separator: "\n"))")
    }

    /// The file's text with the temporary root replaced by `<root>`.
    static func normalized(_ url: URL, root: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: root.standardizedFileURL.path, with: "<root>")
            .replacingOccurrences(of: root.path, with: "<root>")
    }

    /// The first differing lines, as `diff` would show them.
    static func difference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(a.count, b.count) where out.count < 12 {
            let x = index < a.count ? a[index] : "", y = index < b.count ? b[index] : ""
            if x != y { out.append("  line \(index + 1):\n  - \(x)\n  + \(y)") }
        }
        return out.joined(separator: "\n")
    }
}
