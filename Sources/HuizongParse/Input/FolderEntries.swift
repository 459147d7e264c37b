import Foundation

/// Every entry under a folder (files, folders and links, links not followed), listed with
/// `opendir`/`readdir` as `FileManager`'s enumerator lists them, for path patterns.
///
/// The enumerator bridges each name through `NSString` and looks up its attributes: a
/// job's pattern over a 10,000-unit folder took 0.2 s to list. Only ASCII names are listed
/// here (their text is their bytes, whatever the decoding): a folder holding any other
/// name gives nil, and the caller lists it with the enumerator as before.
public enum FolderEntries {
    /// The paths, relative to `root`, of every entry under it, in no particular order;
    /// nil when a name is not ASCII, or `root` is a link or cannot be read. A folder below `root` that
    /// cannot be read is listed but not searched, as the enumerator does.
    public static func asciiPaths(under root: String) -> [String]? {
        // The enumerator lists nothing under a root that is a link, even written with a
        // final slash: such a root is left to it.
        var named = Substring(root)
        while named.count > 1 && named.hasSuffix("/") { named = named.dropLast() }
        var status = stat()
        guard lstat(String(named), &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        var out: [String] = []
        guard let handle = opendir(root) else { return nil }
        return walk(handle, root, relative: "", into: &out) ? out : nil
    }

    /// Where a `dirent`'s name starts.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Adds the entries of the open folder `root/relative` and of the folders under it
    /// (closing `handle`); false when a name is not ASCII.
    private static func walk(_ handle: OpaquePointer, _ root: String, relative: String, into out: inout [String]) -> Bool {
        var subfolders: [String] = []
        var ascii = true
        while let entry = readdir(handle) {
            let start = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            let name = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: strlen(start))
            if name.contains(where: { $0 >= 0x80 }) { ascii = false; break }
            if (name.count == 1 && name[0] == UInt8(ascii: ".")) || (name.count == 2 && name[0] == UInt8(ascii: ".") && name[1] == UInt8(ascii: ".")) { continue }
            let decoded = String(decoding: name, as: UTF8.self)
            let path = relative.isEmpty ? decoded : relative + "/" + decoded
            out.append(path)
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isFolder(root + "/" + path)) { subfolders.append(path) }
        }
        closedir(handle)
        guard ascii else { return false }
        for subfolder in subfolders {
            guard let below = opendir(root + "/" + subfolder) else { continue }
            guard walk(below, root, relative: subfolder, into: &out) else { return false }
        }
        return true
    }

    /// Whether `path` is a folder (not a link to one).
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFDIR
    }
}
