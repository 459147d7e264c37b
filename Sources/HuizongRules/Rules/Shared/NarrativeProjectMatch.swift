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
        let key = normalized(name)
        guard !key.isEmpty else { return [] }
        let containing = names.indices.filter { names[$0].containsBytes(key) }
        if !containing.isEmpty { return containing }
        let claim = Array(key.unicodeScalars)
        var best: [Unicode.Scalar] = []
        for candidate in names {
            let common = longestCommonSubstring(claim, Array(candidate.unicodeScalars))
            if common.count > best.count { best = common }
        }
        guard best.count >= minimumOverlap else { return [] }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: best)
        let shared = String(text)
        return names.indices.filter { names[$0].containsBytes(shared) }
    }

    /// The text without whitespace, with full-width brackets as ASCII ones.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.removingWhitespace.unicodeScalars {
            switch scalar {
            case "（": out.append("(")
            case "）": out.append(")")
            case "［", "〔", "【": out.append("[")
            case "］", "〕", "】": out.append("]")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The longest run of scalars common to `a` and `b` (the first one found on ties).
    static func longestCommonSubstring(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        var bestLength = 0, bestEnd = 0
        for i in 1...a.count {
            for j in 1...b.count {
                if a[i - 1] == b[j - 1] {
                    current[j] = previous[j - 1] + 1
                    if current[j] > bestLength { bestLength = current[j]; bestEnd = i }
                } else {
                    current[j] = 0
                }
            }
            swap(&previous, &current)
        }
        return Array(a[(bestEnd - bestLength)..<bestEnd])
    }
}
