/// A classification code (科目编码) of the government budget classification.
///
/// Function codes (支出功能分类) have three levels: 类 (3 digits, `208`), 款 (5, `20801`),
/// 项 (7, `2080109`). Economic codes (部门预算支出经济分类) have 类 (`301`) and 款
/// (`30101`). The parent of a code is the code without its last two digits, so the
/// hierarchy is derivable from the code alone, and sorting codes as text gives the
/// printed (pre-order) sequence: `208 < 20801 < 2080109 < 20805`.
public struct SubjectCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Which classification the code belongs to.
    public enum Scheme: String, Sendable, Codable, CaseTagHashable {
        /// 支出功能分类科目 (T2, T3, T5, T7, T8).
        case function
        /// 支出经济分类科目 (T6).
        case economic
    }

    /// The level of a code in its hierarchy.
    public enum Level: Int, Sendable, Codable, Comparable {
        /// 类: three digits.
        case category = 3
        /// 款: five digits.
        case section = 5
        /// 项: seven digits (function codes only).
        case item = 7

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        /// The Chinese name of the level (类/款/项).
        public var chineseName: String {
            switch self { case .category: "类"; case .section: "款"; case .item: "项" }
        }
    }

    /// The digits as printed.
    public let digits: String
    /// The classification the code belongs to.
    public let scheme: Scheme

    /// Validates `digits` for `scheme`: ASCII digits only, 3 or 5 digits (7 too for
    /// function codes). Returns nil otherwise.
    public init?(_ digits: String, scheme: Scheme) {
        let count = digits.utf8.count
        guard count == 3 || count == 5 || (count == 7 && scheme == .function) else { return nil }
        guard digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        self.digits = digits
        self.scheme = scheme
    }

    /// A function code from a literal; traps when invalid (tests and tables of names).
    public init(function digits: String) {
        guard let code = SubjectCode(digits, scheme: .function) else { preconditionFailure("bad function code \(digits)") }
        self = code
    }

    /// An economic code from a literal; traps when invalid.
    public init(economic digits: String) {
        guard let code = SubjectCode(digits, scheme: .economic) else { preconditionFailure("bad economic code \(digits)") }
        self = code
    }

    /// 类, 款 or 项.
    public var level: Level { Level(rawValue: digits.utf8.count)! }

    /// The code one level up (`2080109` → `20801` → `208`), nil for a 类.
    public var parent: SubjectCode? {
        guard level != .category else { return nil }
        return SubjectCode(String(digits.utf8.prefix(digits.utf8.count - 2))!, scheme: scheme)
    }

    /// The code as one integer, cheap to hash: its digits followed by its length (so that
    /// codes of different lengths never collide). Unique within one scheme.
    public var numericKey: Int {
        // Read through `withUTF8` (the digits are a small inline string): iterating
        // `utf8` costs several times more per digit.
        var text = digits
        return text.withUTF8 { bytes in
            var value = 0
            for byte in bytes { value = value &* 10 &+ Int(byte &- 0x30) }
            return value &* 10 &+ bytes.count
        }
    }

    /// The parent's ``numericKey``, nil for a 类.
    public var parentNumericKey: Int? {
        let count = digits.utf8.count
        guard count > 3 else { return nil }
        return (numericKey / 10 / 100) &* 10 &+ (count - 2)
    }

    /// The 类 this code belongs to.
    public var category: SubjectCode {
        level == .category ? self : SubjectCode(String(digits.utf8.prefix(3))!, scheme: scheme)!
    }

    /// True when `self` is `other` or one of its descendants.
    public func isWithin(_ other: SubjectCode) -> Bool {
        scheme == other.scheme && digits.hasPrefix(other.digits)
    }

    public static func < (a: SubjectCode, b: SubjectCode) -> Bool { a.digits < b.digits }
    public var description: String { digits }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let scheme = try container.decode(Scheme.self, forKey: .scheme)
        let digits = try container.decode(String.self, forKey: .digits)
        guard let code = SubjectCode(digits, scheme: scheme) else {
            throw DecodingError.dataCorruptedError(forKey: .digits, in: container, debugDescription: "bad code \(digits)")
        }
        self = code
    }
}
