import Foundation

/// Lists the files under a folder with `opendir`/`readdir`, recursively.
///
/// `FileManager`'s enumerator bridges every name through `NSString` and looks up each
/// entry's attributes: about 70,000 instructions a file, 0.2 s for a district of
/// 10,000 units before any work starts. The kind of entry comes with `readdir` here (a
/// `lstat` only where the file system does not say). As with the enumerator, symbolic
/// links below the folder are listed but not followed, and hidden files are listed.
///
/// A file's name is matched on the bytes `readdir` gives and copied once into the
/// listing's one buffer (`FileNameList`): a `String` made, joined to its folder's path and
/// its extension cut out and lower-cased cost 3,500 instructions a file. Folder names are
/// still made `String`s, and a folder is opened by its name so decoded, as before.
enum DirectoryWalk {
    /// The paths, relative to `root`, of the entries under it that are not folders and
    /// whose extension (lower-cased) is in `extensions`; nil when `root` cannot be read.
    static func files(under root: String, extensions: Set<String>) -> FileNameList? {
        var out = FileNameList()
        let matcher = ExtensionMatcher(extensions)
        guard walk(root, relative: "", matcher: matcher, into: &out) else { return nil }
        return out
    }

    /// Where a `dirent`'s name starts.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Adds the matching files of folder `root/relative` and of the folders under it.
    private static func walk(_ root: String, relative: String, matcher: ExtensionMatcher, into out: inout FileNameList) -> Bool {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let handle = opendir(folder) else { return false }
        defer { closedir(handle) }
        let folderPrefix: [UInt8] = relative.isEmpty ? [] : Array(relative.utf8) + [UInt8(ascii: "/")]
        let folderIsASCII = folderPrefix.allSatisfy { $0 < 0x80 }
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            // The name's bytes, read in place (the record outlives this iteration).
            let start = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            let name = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: strlen(start))
            if isDotOrDotDot(name) { continue }
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
                let decoded = String(decoding: name, as: UTF8.self)
                let path = relative.isEmpty ? decoded : relative + "/" + decoded
                if isFolder(type: type, at: root + "/" + path) { subfolders.append(path); continue }
            }
            let nameIsASCII = isASCII(name)
            if matcher.matches(name, isASCII: nameIsASCII) { out.append(folderPrefix, name, isASCII: folderIsASCII && nameIsASCII) }
        }
        // A folder that cannot be read below the root is skipped, as the enumerator does.
        for subfolder in subfolders { _ = walk(root, relative: subfolder, matcher: matcher, into: &out) }
        return true
    }

    /// Whether `name` is `.` or `..`.
    private static func isDotOrDotDot(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        return (name.count == 1 && name[0] == dot) || (name.count == 2 && name[0] == dot && name[1] == dot)
    }

    /// Whether every byte of `name` is ASCII.
    private static func isASCII(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var bits: UInt8 = 0
        for byte in name { bits |= byte }
        return bits < 0x80
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

/// Whether a file name's extension, lower-cased, is one of a set: on the name's bytes when
/// the name and the set are ASCII (where lower-casing and comparing are bytewise), else
/// as `pathExtension(name).lowercased()` is looked up in the set.
struct ExtensionMatcher {
    /// The extensions.
    let extensions: Set<String>
    /// True when all of them are ASCII (then kept in `bytes`).
    let isASCII: Bool
    /// The ASCII extensions' bytes, one after another.
    let bytes: [UInt8]
    /// Where each extension ends in `bytes` (it starts where the one before ends).
    let ends: [Int]

    init(_ extensions: Set<String>) {
        self.extensions = extensions
        isASCII = extensions.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var bytes: [UInt8] = [], ends: [Int] = []
        if isASCII {
            for text in extensions { bytes.append(contentsOf: text.utf8); ends.append(bytes.count) }
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// Whether the file named `name` (UTF-8 bytes, maybe invalid; `isASCII` when every
    /// byte is) matches.
    func matches(_ name: UnsafeBufferPointer<UInt8>, isASCII nameIsASCII: Bool) -> Bool {
        guard isASCII && nameIsASCII else {
            return extensions.contains(DirectoryWalk.pathExtension(String(decoding: name, as: UTF8.self)).lowercased())
        }
        // The extension starts after the last dot, unless that dot starts the name.
        var start = name.count
        var index = name.count
        while index > 1 {
            index -= 1
            if name[index] == UInt8(ascii: ".") { start = index + 1; break }
        }
        let length = name.count - start
        return bytes.withUnsafeBufferPointer { all in
            var from = 0
            for end in ends {
                defer { from = end }
                guard end - from == length else { continue }
                var offset = 0
                while offset < length && all[from + offset] == Self.lowercasedASCII(name[start + offset]) { offset += 1 }
                if offset == length { return true }
            }
            return false
        }
    }

    /// `byte` lower-cased when it is an ASCII capital.
    @inline(__always)
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
