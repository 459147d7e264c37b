import Foundation
import Testing
import HuizongParse

/// Which files a command line's paths name.
@Suite struct InputFilesTests {
    /// A temporary folder holding `b.txt`, `a.txt`, `notes.md` and `sub/c.TXT`.
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.txt", "notes.md", "sub/c.TXT"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        return root
    }

    @Test func directoriesAreSearchedInSortedOrder() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (files, problems) = InputFiles.collect([root.path])
        #expect(problems.isEmpty)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.txt", "c.TXT"])
    }

    @Test func aLinkToADirectoryIsSearchedToo() throws {
        let root = try folder()
        let link = root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: link) }
        let (files, problems) = InputFiles.collect([link.path])
        #expect(problems.isEmpty)
        #expect(files.count == 3)
        #expect(files.allSatisfy { $0.hasPrefix(link.path + "/") })
    }

    @Test func nestedFoldersAreSearchedAndAFolderIsNeverAFile() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("sub/deeper/old.txt"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("sub/deeper/old.txt/d.txt"))
        try Data("x".utf8).write(to: root.appendingPathComponent(".hidden.txt"))
        try Data("x".utf8).write(to: root.appendingPathComponent(".txt"))
        let (files, problems) = InputFiles.collect([root.path + "/"])
        #expect(problems.isEmpty)
        let relative = files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(relative == [".hidden.txt", "a.txt", "b.txt", "sub/c.TXT", "sub/deeper/old.txt/d.txt"])
    }

    @Test func aMissingPathIsAProblem() {
        let (files, problems) = InputFiles.collect(["/nonexistent/huizong"])
        #expect(files.isEmpty)
        #expect(problems.map(\.reason) == ["文件或目录不存在"])
    }
}
