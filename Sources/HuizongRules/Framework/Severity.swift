import HuizongModel

/// How much a finding matters.
public enum Severity: String, Sendable, CaseTagHashable, Codable, Comparable, CaseIterable {
    /// A rounding hint or a note: nothing to correct.
    case info
    /// Probably wrong; look at it.
    case warning
    /// Wrong: the document contradicts itself.
    case error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// 错误 / 警告 / 提示.
    public var chineseName: String {
        switch self { case .error: "错误"; case .warning: "警告"; case .info: "提示" }
    }
}

/// How exactly printed figures must foot.
public enum Tolerance: String, Sendable, CaseTagHashable, Codable, CaseIterable {
    /// The Hebei system prints totals computed from the printed figures: they foot exactly.
    case exact
    /// Figures rounded independently: each stands for ±0.005 of its last digit, and a
    /// relation fails only when the intervals cannot meet (XBRL Calculations 1.1).
    case rounding
}
