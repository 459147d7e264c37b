import HuizongModel

/// Which 绩效目标表 a narrative project claim names.
///
/// The narrative shortens project names: `国有企业退休人员社会化管理上级财政补助资金`
/// stands for four tables titled `秦财企[2023]649号-关于提前下达2024年国有企业退休人员
/// 社会化管理中央财政补助资金预算的通知` and the like. A claim names the tables whose
/// name contains the claim's name; failing that, the tables that contain the longest
/// substring (at least ``minimumOverlap`` characters) the claim shares with any table.
enum NarrativeProjectMatch {
    /// The shortest shared substring that identifies projects.
    static let minimumOverlap = 4

    /// Indices into `projects` of the tables the claimed `name` refers to (empty: none).
    static func projects(named name: String, in projects: [PerformanceTable]) -> [Int] {
        self.projects(named: name, inNames: projects.map { normalized($0.projectName) })
    }

    /// Indices into `names` (project names already ``normalized(_:)``) of the projects
    /// the claimed `name` refers to.
    static func projects(named name: String, inNames names: [String]) -> [Int] {
        var matches: [Int] = []
        projects(named: name, inNames: names, into: &matches)
        return matches
    }

    /// ``projects(named:inNames:)`` written into `matches` (emptied first, its storage
    /// kept): a rule matching claim after claim reuses one list instead of allocating
    /// and freeing one per claim.
    static func projects(named name: String, inNames names: [String], into matches: inout [Int]) {
        matches.removeAll(keepingCapacity: true)
        let key = normalized(name)
        guard !key.isEmpty else { return }
        // The key's bytes are read once, each name's in place.
        StructureText.withBytes(key) { needle in
            for index in names.indices where StructureText.withBytes(names[index], { LabelBytes.contains($0, needle) }) {
                matches.append(index)
            }
        }
        if matches.isEmpty { matches.append(contentsOf: sharingLongestSubstring(key, names)) }
    }

    /// The indices of `names` that contain the longest substring (at least
    /// ``minimumOverlap`` characters) the claim's normalised `key` shares with any of them.
    static func sharingLongestSubstring(_ key: String, _ names: [String]) -> [Int] {
        let claim = Array(key.unicodeScalars)
        var best: ArraySlice<Unicode.Scalar> = []
        var candidate: [Unicode.Scalar] = []
        var row: [Int] = []
        for name in names {
            candidate.removeAll(keepingCapacity: true)
            candidate.append(contentsOf: name.unicodeScalars)
            let common = longestCommonSubstring(claim, candidate, row: &row)
            if common.count > best.count { best = claim[common] }
        }
        guard best.count >= minimumOverlap else { return [] }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: best)
        let shared = String(text)
        return names.indices.filter { names[$0].containsBytes(shared) }
    }

    /// The text without whitespace, with full-width brackets as ASCII ones (done on the
    /// UTF-8 bytes: `（）［］` are EF BC 88/89/BB/BD, `〔〕【】` E3 80 94/95/90/91).
    static func normalized(_ text: String) -> String {
        // Most names hold neither whitespace nor brackets: then the text is its own key.
        let plain = StructureText.withBytes(text) { isPlain($0) }
        if plain { return text }
        var key = text.removingWhitespace
        return key.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if (b == 0xEF || b == 0xE3) && i + 2 < bytes.count {
                    let pair = (bytes[i + 1], bytes[i + 2])
                    var ascii: UInt8 = 0
                    if b == 0xEF && pair.0 == 0xBC {
                        switch pair.1 { case 0x88: ascii = 0x28; case 0x89: ascii = 0x29; case 0xBB: ascii = 0x5B; case 0xBD: ascii = 0x5D; default: break }
                    } else if b == 0xE3 && pair.0 == 0x80 {
                        switch pair.1 { case 0x94, 0x90: ascii = 0x5B; case 0x95, 0x91: ascii = 0x5D; default: break }
                    }
                    if ascii != 0 { out.append(ascii); i += 3; continue }
                }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when `bytes` (a `String`'s, so valid UTF-8) hold neither whitespace
    /// (``StructureText/hasWhitespace(_:)``) nor a bracket (``hasBrackets(_:)``), told in one
    /// pass for the usual name: printable ASCII, CJK (lead bytes E4…EE, never either) and
    /// the scalars led by EF or E3 are decided here; any other scalar (a control byte, the
    /// space, C2…E2, F0…) sends the whole text to the two exact tests.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0xE4 && b <= 0xEE { i += 3; continue }
            if b > 0x20 && b < 0x80 { i += 1; continue }
            guard (b == 0xEF || b == 0xE3) && i + 2 < n else { break }
            let c = bytes[i + 1], d = bytes[i + 2]
            // EF: full-width forms, never whitespace; （ ） ［ ］ are brackets.
            if b == 0xEF && c == 0xBC && (d == 0x88 || d == 0x89 || d == 0xBB || d == 0xBD) { return false }
            // E3 80: 　 (80) is whitespace, 〔 〕 【 】 are brackets.
            if b == 0xE3 && c == 0x80 && (d == 0x80 || d == 0x94 || d == 0x95 || d == 0x90 || d == 0x91) { return false }
            i += 3
        }
        return i >= n || (!StructureText.hasWhitespace(bytes) && !hasBrackets(bytes))
    }

    /// True when `bytes` (a `String`'s, so valid UTF-8) hold a bracket ``normalized(_:)``
    /// replaces. The brackets start with the lead bytes EF or E3, so only scalars' first
    /// bytes are looked at.
    static func hasBrackets(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 2 < bytes.count {
            let b = bytes[i]
            if b == 0xEF || b == 0xE3 {
                let c = bytes[i + 1], d = bytes[i + 2]
                if b == 0xEF && c == 0xBC && (d == 0x88 || d == 0x89 || d == 0xBB || d == 0xBD) { return true }
                if b == 0xE3 && c == 0x80 && (d == 0x94 || d == 0x95 || d == 0x90 || d == 0x91) { return true }
            }
            i += UTF8Whitespace.scalarLength(lead: b)
        }
        return false
    }

    /// The longest run of scalars common to `a` and `b` (the first one found on ties), as a
    /// range of `a`. `row` is scratch space reused between calls.
    static func longestCommonSubstring(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], row: inout [Int]) -> Range<Int> {
        guard !a.isEmpty, !b.isEmpty else { return 0..<0 }
        // One row of the dynamic programme, updated from right to left.
        row.removeAll(keepingCapacity: true)
        row.append(contentsOf: repeatElement(0, count: b.count + 1))
        var bestLength = 0, bestEnd = 0
        for i in 1...a.count {
            let scalar = a[i - 1]
            var j = b.count
            while j >= 1 {
                if scalar == b[j - 1] {
                    let length = row[j - 1] + 1
                    row[j] = length
                    if length > bestLength { bestLength = length; bestEnd = i }
                } else {
                    row[j] = 0
                }
                j -= 1
            }
        }
        return (bestEnd - bestLength)..<bestEnd
    }
}
