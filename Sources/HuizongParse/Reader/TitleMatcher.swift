import HuizongModel

/// Recognises table titles, whatever the spacing and quote style.
enum TitleMatcher {
    /// A recognised title.
    enum Match: Equatable {
        case table(TableID, BudgetScope)
        case performance
    }

    /// The comparison key of a label: whitespace and quotes removed, ASCII colon and
    /// parentheses made full-width (see ``LabelKey``).
    static func key(_ text: String) -> String {
        String(decoding: LabelKey(text).bytes, as: UTF8.self)
    }

    /// The key of every known title and what it names.
    private static let known: [(key: LabelKey, match: Match)] = {
        var list: [(LabelKey, Match)] = []
        for id in TableID.nine {
            for scope in [BudgetScope.unit, .department] {
                list.append((LabelKey(scope.rawValue + "预算" + id.titleStem), .table(id, scope)))
            }
        }
        for scope in [BudgetScope.unit, .department] {
            list.append((LabelKey(scope.rawValue + "政府采购预算"), .table(.procurement, scope)))
            list.append((LabelKey(scope.rawValue + "政府采购预算表"), .table(.procurement, scope)))
            list.append((LabelKey(scope.rawValue + "固定资产占用情况表"), .table(.assets, scope)))
        }
        return list
    }()

    /// What `match` compares a line with, made once (see ``KnownTitles``).
    private static let titles = KnownTitles(known)

    /// The tables' titles as `match` looks them up, in one object: a line reads the global
    /// once (each read of a lazily made global costs a `swift_once` check, and a global
    /// for each of these five was read up to five times a line).
    private final class KnownTitles: Sendable {
        /// `known` ordered by key length (in the order of `known` within a length): the
        /// keys of `n` bytes are `byLength[lengthStart[n]..<lengthStart[n + 1]]`, so a line
        /// is compared only with the keys as long as it, where trying all 22 cost most of
        /// the matcher's time.
        let byLength: [(key: LabelKey, match: Match)]
        /// See ``byLength``: one more element than the longest key's length plus one.
        let lengthStart: [Int]
        /// Four bytes for each scalar of the longest known key.
        let longestKnownKey: Int
        let performanceSuffix = LabelKey("绩效目标表")

        init(_ known: [(key: LabelKey, match: Match)]) {
            byLength = known.indices
                .sorted { (known[$0].key.bytes.count, $0) < (known[$1].key.bytes.count, $1) }
                .map { known[$0] }
            let longest = known.map(\.key.bytes.count).max() ?? 0
            var start = [Int](repeating: 0, count: longest + 2)
            for entry in known { start[entry.key.bytes.count + 1] += 1 }
            for n in 1..<start.count { start[n] += start[n - 1] }
            lengthStart = start
            longestKnownKey = known.map { 4 * String(decoding: $0.key.bytes, as: UTF8.self).unicodeScalars.count }.max() ?? 0
        }

        /// The known title whose key is `keyLength` bytes long and `accepts`, if any.
        @inline(__always)
        func known(ofLength keyLength: Int, where accepts: (LabelKey) -> Bool) -> Match? {
            guard keyLength + 1 < lengthStart.count else { return nil }
            for index in lengthStart[keyLength]..<lengthStart[keyLength + 1] where accepts(byLength[index].key) {
                return byLength[index].match
            }
            return nil
        }
    }

    /// The known titles by their key as a `String`, for titles that can only be decided
    /// by `String` comparison (see ``TemplateLabel``).
    private static let knownByString: [String: Match] = {
        var map: [String: Match] = [:]
        for entry in known { map[String(decoding: entry.key.bytes, as: UTF8.self)] = entry.match }
        return map
    }()

    private static let performanceSuffixString = "绩效目标表"

    /// The table a title line names, if any.
    static func match(_ line: String) -> Match? {
        let bytes = Array(line.utf8)
        return match(bytes, 0..<bytes.count)
    }

    /// The table the title in `bytes[range]` names, if any.
    static func match(_ bytes: [UInt8], _ range: Range<Int>) -> Match? {
        // Every title ends in 表 (E8 A1 A8) or 预算 (… E7 AE 97); anything long or ending
        // otherwise is text, decided without building a key.
        guard range.count <= 600, !range.isEmpty else { return nil }
        let last = bytes[range.upperBound - 1]
        guard last == 0xA8 || last == 0x97 else {
            if last == 0x20 || last == 0x09 {
                let trimmed = UTF8Whitespace.trimmedRange(bytes[range])
                return match(bytes, trimmed)
            }
            return nil
        }
        let titles = Self.titles
        // A title printed exactly as its key (the usual case) is found by its bytes alone.
        if let match = titles.known(ofLength: range.count, where: { $0.isExactly(bytes, range) }) { return match }
        // So is a performance title printed ending in 绩效目标表 (no known title ends so):
        // its key ends so too, and so does its text read as `String` unless a Prepend
        // scalar takes the boundary before the suffix away.
        // (The suffix's key is its bytes: ending in its key exactly is ending in them.)
        let suffixLength = titles.performanceSuffix.bytes.count
        if range.count > suffixLength
            && titles.performanceSuffix.isExactly(bytes, range.upperBound - suffixLength..<range.upperBound)
            && !LabelKey.mayHoldPrependScalar(bytes, range) {
            return .performance
        }
        // A known title's key is short: a line whose key is longer than four bytes for
        // each scalar of the longest known key is none of them, even read as `String`.
        var keyLength = 0
        let bound = titles.longestKnownKey
        let short = LabelKey.forEachKeyByte(bytes, range) { _ in keyLength += 1; return keyLength <= bound }
        if short {
            if LabelKey.hasCompatibilityIdeograph(bytes, range) {
                return matchByString(key(String(decoding: bytes[range], as: UTF8.self)))
            }
            if let match = titles.known(ofLength: keyLength, where: { $0.matches(bytes, range) }) { return match }
        }
        if titles.performanceSuffix.isSuffix(of: bytes, range) {
            // `String` suffix comparison also needs a character boundary before the
            // suffix, which only a Prepend scalar (U+0600…, U+0890…, U+0D4E, U+110BD…)
            // before it can take away.
            guard LabelKey.mayHoldPrependScalar(bytes, range) else { return .performance }
            return key(String(decoding: bytes[range], as: UTF8.self)).hasSuffix(performanceSuffixString) ? .performance : nil
        }
        return nil
    }

    /// The title a key names, decided on `String`s.
    private static func matchByString(_ key: String) -> Match? {
        if let match = knownByString[key] { return match }
        if key.hasSuffix(performanceSuffixString) { return .performance }
        return nil
    }

    /// True for lines that can only be a title (never a cell's continuation).
    static func isTitle(_ line: String) -> Bool { match(line) != nil }

    /// True for the line `bytes[range]` when it can only be a title.
    static func isTitle(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { match(bytes, range) != nil }

    /// True when `text` looks like a unit line: at least three ASCII digits, then a name.
    static func looksLikeUnitLine(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return looksLikeUnitLine(bytes, 0..<bytes.count)
    }

    /// True when `bytes[range]` looks like a unit line: at least three ASCII digits, then a name.
    static func looksLikeUnitLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var digits = 0
        for index in range { let b = bytes[index]; if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
        return digits >= 3 && digits < range.count
    }
}
