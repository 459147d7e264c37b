import Foundation
import Testing
@testable import HuizongParse

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

/// The listing's order is `String` order of the whole paths, whatever the names.
@Suite struct InputFilesOrderTests {
    /// A temporary folder with `names` (slashes make folders) written in it.
    static func folder(_ names: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-order-\(UUID().uuidString)")
        for name in names {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    /// The listing as it was made before: each matching file's relative path found by the
    /// enumerator, joined to the given path and the whole paths sorted as `String`s.
    static func expected(_ path: String, extensions: Set<String> = ["txt"]) -> [String] {
        let manager = FileManager.default
        let relatives = (manager.subpaths(atPath: path) ?? []).filter { relative in
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory)
            return !isDirectory.boolValue && extensions.contains(DirectoryWalk.pathExtension((relative as NSString).lastPathComponent).lowercased())
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return relatives.map { prefix + $0 }.sorted()
    }

    @Test func asciiNamesInStringOrder() throws {
        // Names sharing their first eight bytes, shorter and longer, upper and lower case,
        // punctuation below and above the letters and digits, and nested folders.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-_.~ !+AZaz")
        var names = ["301001-2025.txt", "301001-2025.TXT", "301001-2024.txt", "301001-202.txt", "3010012025.txt",
                     "abcdefgh.txt", "abcdefg.txt", "abcdefgh1.txt", "abcdefgh10.txt", "abcdefgh2.txt",
                     "A.txt", "a.txt", "Z.txt", "_.txt", "~.txt", "sub/a.txt", "sub.txt", "sub-b/a.txt", "sub/deeper/b.Txt",
                     "x.md", ".hidden.txt", ".txt", "noext"]
        for _ in 0..<300 {
            let length = Int.random(in: 1...14, using: &generator)
            names.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }) + ".txt")
        }
        let root = try Self.folder(Array(Set(names)))
        defer { try? FileManager.default.removeItem(at: root) }
        for path in [root.path, root.path + "/"] {
            let (files, problems) = InputFiles.collect([path])
            #expect(problems.isEmpty)
            #expect(files == Self.expected(path))
            #expect(files.count > 300)
        }
    }

    @Test func otherNamesInStringOrder() throws {
        // Composed and decomposed accents (equal as `String`s only once normalized), Chinese,
        // a folder with a Chinese name, and ASCII names that sort among them.
        let names = ["e\u{301}a.txt", "\u{E9}b.txt", "e.txt", "f.txt", "中文.txt", "文件夹/甲.txt", "文件夹.txt",
                     "z.txt", "\u{1F600}.txt", "A\u{30A}.txt", "\u{C5}.txt", "sub/ä.TXT"]
        let root = try Self.folder(names)
        defer { try? FileManager.default.removeItem(at: root) }
        let (files, problems) = InputFiles.collect([root.path])
        #expect(problems.isEmpty)
        #expect(files == Self.expected(root.path))
        #expect(files.count == names.count)
    }

    @Test func extensionsAreMatchedAsLowerCasedText() throws {
        let names = ["a.txt", "b.TXT", "c.TxT", "d.csv", "e.CSV", "f.txt.csv", "g.csv.txt", "h.", "i", "j.ß", "k.SS"]
        let root = try Self.folder(names)
        defer { try? FileManager.default.removeItem(at: root) }
        for extensions: Set<String> in [["txt"], ["csv", "txt"], ["CSV"], [""], ["ß"], ["ss"]] {
            let (files, _) = InputFiles.collect([root.path], extensions: extensions)
            #expect(files == Self.expected(root.path, extensions: extensions), "\(extensions)")
        }
    }
}
