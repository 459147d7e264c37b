import Foundation

/// Finds the budget files named on a command line: files as given, directories
/// searched recursively for `*.txt`, in sorted order so every run sees the same list.
public enum InputFiles {
    /// A path that could not be used.
    public struct Problem: Sendable, Hashable {
        public var path: String
        public var reason: String
    }

    /// The files under `paths` and the paths that do not exist.
    public static func collect(_ paths: [String], extensions: Set<String> = ["txt"]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, reason: "文件或目录不存在"))
                continue
            }
            if !isDirectory.boolValue { files.append(path); continue }
            // A symbolic link to a directory is searched as the directory it points to
            // (the walk does not follow links); paths stay as given.
            let isLink = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
            let root = isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
            guard let relatives = DirectoryWalk.files(under: root, extensions: extensions) else {
                problems.append(Problem(path: path, reason: "目录无法读取"))
                continue
            }
            files.append(contentsOf: relatives.prefixedSorted(path.hasSuffix("/") ? path : path + "/"))
        }
        return (files, problems)
    }
}
