import Foundation

/// Lists the files under a folder with `opendir`/`readdir`, recursively.
///
/// `FileManager`'s enumerator bridges every name through `NSString` and looks up each
/// entry's attributes: about 70,000 instructions a file, 0.2 s for a district of
/// 10,000 units before any work starts. The kind of entry comes with `readdir` here (a
/// `lstat` only where the file system does not say). As with the enumerator, symbolic
/// links below the folder are listed but not followed, and hidden files are listed.
enum DirectoryWalk {
    /// The paths, relative to `root`, of the entries under it that are not folders and
    /// whose extension (lower-cased) is in `extensions`; nil when `root` cannot be read.
    static func files(under root: String, extensions: Set<String>) -> [String]? {
        var out: [String] = []
        guard walk(root, relative: "", extensions: extensions, into: &out) else { return nil }
        return out
    }

    /// Adds the matching files of folder `root/relative` and of the folders under it.
    private static func walk(_ root: String, relative: String, extensions: Set<String>, into out: inout [String]) -> Bool {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let handle = opendir(folder) else { return false }
        defer { closedir(handle) }
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder(type: entry.pointee.d_type, at: root + "/" + path) {
                subfolders.append(path)
            } else if extensions.contains(pathExtension(name).lowercased()) {
                out.append(path)
            }
        }
        // A folder that cannot be read below the root is skipped, as the enumerator does.
        for subfolder in subfolders { _ = walk(root, relative: subfolder, extensions: extensions, into: &out) }
        return true
    }

    /// Whether the entry is a folder (not a link to one): from `d_type`, or `lstat`
    /// when the file system leaves it unknown.
    private static func isFolder(type: UInt8, at path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        if type != UInt8(DT_UNKNOWN) { return false }
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFDIR
    }

    /// The extension as `NSString.pathExtension` gives it: the text after the last dot,
    /// none when that dot starts the name (`.txt` is a hidden file without one).
    static func pathExtension(_ name: String) -> String {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
