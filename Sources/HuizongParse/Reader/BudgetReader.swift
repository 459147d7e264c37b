import Foundation
import HuizongModel

/// What reading one file gave: the budget as far as it could be read, and every problem.
public struct ReadResult: Sendable {
    /// The file's path as given.
    public var file: String
    /// The budget; nil only when nothing of it could be read (empty, binary, no table).
    public var budget: Budget?
    /// Problems found, in file order.
    public var diagnostics: [ReadDiagnostic]
    /// Tables that were present but could not be read, with the first problem of each.
    public var unreadTables: [TableID: ReadDiagnostic]
    /// The layout detected.
    public var layout: TextLayout?
    /// The encoding detected.
    public var encoding: SourceEncoding?
    /// Size of the file in bytes.
    public var byteCount: Int

    /// True when there is no error: the whole file was read.
    public var isFullyRead: Bool { budget != nil && !diagnostics.contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [ReadDiagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Reads a unit budget disclosure (Hebei template) from any of its text layouts.
///
/// Stages: decode (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK: detected) → split into
/// lines and classify them for the detected layout (tab or pipe) → find each table by
/// its title (单位预算… / 部门预算…) and read its cells by the template's known columns
/// → read the narrative and extract the figures it quotes → check that the headers of
/// all tables agree. Problems are collected as ``ReadDiagnostic``s; a bad table is
/// skipped and reading goes on with the next one.
public enum BudgetReader {
    /// Reads the file at `path`.
    public static func read(contentsOf path: String) -> ReadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = ReadDiagnostic(file: path, line: 0, problem: .notText(detail: "无法打开文件"))
            return ReadResult(file: path, budget: nil, diagnostics: [diagnostic], unreadTables: [:], byteCount: 0)
        }
        return read(bytes: [UInt8](data), fileName: path)
    }

    /// Reads a budget from the bytes of a file named `fileName` (used in messages only).
    public static func read(bytes: [UInt8], fileName: String) -> ReadResult {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes) {
        case .success(let value): decoded = value
        case .failure(.empty):
            return ReadResult(file: fileName, budget: nil,
                              diagnostics: [ReadDiagnostic(file: fileName, line: 0, problem: .emptyFile)],
                              unreadTables: [:], byteCount: bytes.count)
        case .failure(.binary(let detail)):
            return ReadResult(file: fileName, budget: nil,
                              diagnostics: [ReadDiagnostic(file: fileName, line: 0, problem: .notText(detail: detail))],
                              unreadTables: [:], byteCount: bytes.count)
        }
        let text = SourceText(bytes: decoded.bytes, scan: decoded.scan)
        var parser = DocumentParser(text: text, file: fileName)
        parser.parse()
        var result = parser.result()
        result.encoding = decoded.encoding
        result.byteCount = bytes.count
        return result
    }

    /// Reads a budget from a string (tests, generated text).
    /// Gives the reader back a claim list of a budget read on this thread that no budget
    /// holds any more (what ``HuizongModel/Budget/keepFirstClaims(about:)`` returns): the
    /// next budget read on the thread fills it instead of a new list, so a caller that
    /// keeps only a few claims of each budget keeps no list of all of them.
    public static func giveBackClaims(_ claims: consuming [NarrativeClaim]) {
        StringVocabulary.forCurrentThread().giveBackClaimRoom(claims)
    }

    public static func read(text: String, fileName: String = "<text>") -> ReadResult {
        read(bytes: Array(text.utf8), fileName: fileName)
    }
}
