import Foundation
import HuizongParse

/// Expands path patterns with `*`, `?` (within one path segment) and `**` (any number of
/// folders), in sorted order. A pattern without wildcards names a file or a folder (a
/// folder gives its `*.txt` files).
public enum PathGlob {
    /// The files matching `pattern`.
    public static func expand(_ pattern: String) -> [String] {
        let manager = FileManager.default
        guard pattern.contains(where: { "*?".contains($0) }) else {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: pattern, isDirectory: &isDirectory) else { return [] }
            if !isDirectory.boolValue { return [pattern] }
            return expand((pattern as NSString).appendingPathComponent("**/*.txt"))
        }
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let firstWild = segments.firstIndex { $0.contains("*") || $0.contains("?") }!
        let base = segments[..<firstWild].joined(separator: "/")
        let root = base.isEmpty ? (pattern.hasPrefix("/") ? "/" : ".") : base
        // Listed with `readdir` when every name is ASCII (FolderEntries), else as before.
        let relatives: [String]
        if let listed = FolderEntries.asciiPaths(under: root) { relatives = listed } else {
            guard let walker = manager.enumerator(atPath: root) else { return [] }
            relatives = walker.compactMap { $0 as? String }
        }
        let rest = Array(segments[firstWild...])
        var out: [String] = []
        for relative in relatives {
            let parts = relative.split(separator: "/").map(String.init)
            if matches(parts[...], rest[...]) {
                let full = (root as NSString).appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { out.append(full) }
            }
        }
        return out.sorted()
    }

    /// Whether path segments match pattern segments.
    static func matches(_ path: ArraySlice<String>, _ pattern: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            if matches(path, pattern.dropFirst()) { return true }
            return !path.isEmpty && matches(path.dropFirst(), pattern)
        }
        guard let segment = path.first, wildcard(Array(segment.unicodeScalars)[...], Array(head.unicodeScalars)[...]) else { return false }
        return matches(path.dropFirst(), pattern.dropFirst())
    }

    /// `*` and `?` within one segment.
    static func wildcard(_ text: ArraySlice<Unicode.Scalar>, _ pattern: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let p = pattern.first else { return text.isEmpty }
        if p == "*" {
            var rest = text
            while true {
                if wildcard(rest, pattern.dropFirst()) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let t = text.first, p == "?" || p == t else { return false }
        return wildcard(text.dropFirst(), pattern.dropFirst())
    }
}
