import Foundation
import Testing
import HuizongRules
import HuizongTestSupport
@testable import HuizongJobs

/// Job files: every key, every problem reported at once, paths relative to the job file.
@Suite struct JobFileTests {
    static func write(_ yaml: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("job.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theDemoJobIsValid() throws {
        let path = Seed.packageRoot.appendingPathComponent("jobs/demo.yaml").path
        let job = try JobFile.load(path: path)
        #expect(job.name == "demo")
        #expect(job.label == "2025 一上")
        #expect(job.inputs == [Seed.packageRoot.appendingPathComponent("data/demo/draft1/*.txt").standardizedFileURL.path])
        #expect(job.formats.contains(.html))
        let second = try JobFile.load(path: path, overrides: ["draft": "二上", "folder": "draft2"])
        #expect(second.label == "2025 二上")
        #expect(second.outputFolder.hasSuffix("out/demo/draft2"))
    }

    @Test func everyKey() throws {
        let path = try Self.write("""
        name: nightly
        district: 海港区
        year: 2025
        draft: 二上
        label: 2025 二上 夜间
        inputs:
          - units/*.txt
          - more/**/*.txt
        store: db/h.sqlite
        rules:
          tolerance: rounding
          disable: [n_unrecognised_figures]
          severity: {g_cost_indicator_matches_budget: error}
        outputs:
          folder: reports
          formats: [csv, html]
        compare: {label: 2025 一上}
        fail_on: warning
        """)
        let job = try JobFile.load(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        #expect(job.label == "2025 二上 夜间")
        #expect(job.inputs == [folder + "/units/*.txt", folder + "/more/**/*.txt"])
        #expect(job.store == folder + "/db/h.sqlite")
        #expect(job.tolerance == .rounding)
        #expect(job.disabledRules == ["n_unrecognised_figures"])
        #expect(job.severityOverrides == ["g_cost_indicator_matches_budget": .error])
        #expect(job.outputFolder == folder + "/reports")
        #expect(job.formats == [.csv, .html])
        #expect(job.compare == .label("2025 一上"))
        #expect(job.failOn == .severity(.warning))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let path = try Self.write("""
        name: bad
        year: 20x5
        inputs: []
        colour: blue
        rules:
          tolerance: loose
          disable: [no_such_rule]
        outputs:
          formats: [pdf]
        compare: yesterday
        fail_on: sometimes
        """)
        do {
            _ = try JobFile.load(path: path)
            Issue.record("expected problems")
        } catch {
            let messages = error.problems.map(\.message).joined(separator: "\n")
            #expect(error.problems.count >= 8, "\(messages)")
            for fragment in ["year", "draft", "inputs", "colour", "tolerance", "no_such_rule", "pdf", "compare", "fail_on"] {
                #expect(messages.contains(fragment), "missing \(fragment) in \(messages)")
            }
            #expect(error.problems.allSatisfy { $0.line > 0 || $0.message.contains("缺少") })
        }
    }

    @Test func globs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-glob-\(UUID().uuidString)")
        for file in ["a/1.txt", "a/2.txt", "a/x.csv", "a/b/3.txt", "c/4.txt"] {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "x".write(to: url, atomically: true, encoding: .utf8)
        }
        let names = { (pattern: String) in PathGlob.expand(root.path + "/" + pattern).map { String($0.dropFirst(root.path.count + 1)) } }
        #expect(names("a/*.txt") == ["a/1.txt", "a/2.txt"])
        #expect(names("**/*.txt") == ["a/1.txt", "a/2.txt", "a/b/3.txt", "c/4.txt"])
        #expect(names("a/?.csv") == ["a/x.csv"])
        #expect(names("a") == ["a/1.txt", "a/2.txt", "a/b/3.txt"])
        #expect(names("nothing/*.txt") == [])
    }

    /// `PathGlob.expand` as it was made with `FileManager`'s enumerator: the reference the
    /// listing by `readdir` must match.
    static func enumeratorExpand(_ pattern: String) -> [String] {
        let manager = FileManager.default
        guard pattern.contains(where: { "*?".contains($0) }) else {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: pattern, isDirectory: &isDirectory) else { return [] }
            if !isDirectory.boolValue { return [pattern] }
            return enumeratorExpand((pattern as NSString).appendingPathComponent("**/*.txt"))
        }
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let firstWild = segments.firstIndex { $0.contains("*") || $0.contains("?") }!
        let base = segments[..<firstWild].joined(separator: "/")
        let root = base.isEmpty ? (pattern.hasPrefix("/") ? "/" : ".") : base
        guard let walker = manager.enumerator(atPath: root) else { return [] }
        let rest = Array(segments[firstWild...])
        var out: [String] = []
        for case let relative as String in walker {
            let parts = relative.split(separator: "/").map(String.init)
            if PathGlob.matches(parts[...], rest[...]) {
                let full = (root as NSString).appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { out.append(full) }
            }
        }
        return out.sorted()
    }

    @Test func globsListAsTheEnumeratorDid() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("huizong-glob-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        for file in ["a/1.txt", "a/2.TXT", "a/x.csv", "a/b/3.txt", "a/b/c/4.txt", "c/5.txt", ".hidden/6.txt", ".7.txt", "8.txt",
                     "d/x.txt/9.txt", "e f/1 0.txt", "g/*.txt", "g/?.txt", "h/ab.txt", "h/abc.txt", "h/b.txt"] {
            let url = root.appendingPathComponent(file)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "x".write(to: url, atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: root.path + "/link-a", withDestinationPath: root.path + "/a")
        try manager.createSymbolicLink(atPath: root.path + "/c/link-1.txt", withDestinationPath: root.path + "/a/1.txt")
        try manager.createSymbolicLink(atPath: root.path + "/c/broken.txt", withDestinationPath: root.path + "/nowhere.txt")
        try manager.createSymbolicLink(atPath: root.path + "/c/dir.txt", withDestinationPath: root.path + "/a")
        let patterns = ["**/*.txt", "*/*.txt", "a/**", "**", "*", "l*/*.txt", "**/b/*.txt", "**/c/*", "a/*/*", ".*/*.txt",
                        "?.txt", "h/a?*.txt", "*/x.txt/*", "link-a/*.txt", "link-a//*.txt", "link-a/", "link-a/b/*.txt", "link-a/b/", "link-a/b//**", "a", "link-a", "c", ".", "a/1.txt", "missing/*.txt", "g/*"]
        for pattern in patterns {
            for path in [root.path + "/" + pattern, root.path + "//" + pattern] {
                #expect(PathGlob.expand(path) == Self.enumeratorExpand(path), "\(path)")
            }
        }
        #expect(PathGlob.expand(root.path + "/**/*.txt").count > 10)
    }
}
