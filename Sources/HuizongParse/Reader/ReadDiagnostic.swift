import HuizongModel

/// A problem found while reading a budget file, located by file, line, table and row.
///
/// Diagnostics are collected, not thrown: the reader goes on after a bad table, so a
/// budget that cannot be fully read is still returned as far as it was read.
public struct ReadDiagnostic: Sendable, Hashable, Codable {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file, or a table of it, could not be read.
        case error
        /// Read, but something is unusual.
        case warning
    }

    /// error or warning.
    public var severity: Severity
    /// The file's path as given to the reader.
    public var file: String
    /// 1-based line, 0 when the problem concerns the whole file.
    public var line: Int
    /// The table concerned, when there is one.
    public var table: TableID?
    /// The row concerned, as the document names it (`序号5 2080199 其他人力资源和社会保障管理事务支出`).
    public var row: String?
    /// The column concerned (header as printed).
    public var column: String?
    /// What is wrong.
    public var problem: ReadProblem

    public init(severity: Severity = .error, file: String, line: Int, table: TableID? = nil,
                row: String? = nil, column: String? = nil, problem: ReadProblem) {
        self.severity = severity; self.file = file; self.line = line; self.table = table
        self.row = row; self.column = column; self.problem = problem
    }
}

/// What went wrong while reading; rendered for people by ``ReadDiagnostic/message``.
public enum ReadProblem: Sendable, Hashable, Codable {
    /// The file holds no bytes, or only whitespace.
    case emptyFile
    /// The bytes are not text (NUL or control bytes, undecodable as UTF-8 or GB18030).
    case notText(detail: String)
    /// No table of the template was found.
    case noTables
    /// A table title that the template does not have, followed by a table.
    case unknownTitle(String)
    /// The same table twice; the second is ignored.
    case duplicateTable
    /// The table's header cells are not as the template prints them.
    case badHeader(expected: String, found: String)
    /// A row with the wrong number of cells (tab layout: between two blank lines).
    case cellCount(expected: Int, found: Int)
    /// 序号 out of sequence (often a missing or extra cell in the pipe layout).
    case badRowNumber(expected: Int, found: String)
    /// A 科目编码 that is not a code of the classification.
    case badCode(String, scheme: SubjectCode.Scheme)
    /// A row without code whose name is not 合计.
    case missingCode(name: String)
    /// Text where an amount belongs (`1O47.65`).
    case notAnAmount(String)
    /// An amount with more decimals than the table prints (`1047.655`).
    case tooManyDecimals(String, allowed: Int)
    /// A number out of range.
    case amountOutOfRange(String)
    /// Text where a quantity (数量) belongs.
    case notAQuantity(String)
    /// A label cell of the template was expected (`项目编码`).
    case expectedLabel(expected: String, found: String)
    /// The file ends inside a table.
    case truncated(expected: String)
    /// A header field differs between tables (单位编码, 单位名称, 预算年度, 单位).
    case headerDisagrees(field: String, expected: String, found: String, firstTable: TableID)
    /// Cells outside any table.
    case strayCells(count: Int)
}
