/// Reading the label of a figure: the words printed before it.
enum ClaimLabel {
    /// The raw label of the figure starting at `figureStart`: the text back to the
    /// previous delimiter (`，,；;：:。、（(`, a sentence end) or to `limit` (the end of the
    /// previous figure, or the start of the text). A parenthesised part closed before
    /// the figure belongs to the label (`因公出国（境）费`, `改制企业人员费用(RY)`); an
    /// unmatched closing parenthesis is a delimiter.
    static func raw(in text: Scalars, before figureStart: Int, limit: Int) -> Scalars {
        var start = figureStart
        while start > limit {
            let scalar = text[start - 1]
            if scalar.isClosingParenthesis {
                guard let opener = matchingOpener(in: text, closer: start - 1, limit: limit) else { break }
                start = opener
                continue
            }
            if scalar.isLabelDelimiter { break }
            start -= 1
        }
        return Array(text[start..<figureStart])
    }

    /// The offset of the parenthesis opening the one closed at `closer`, not before `limit`.
    private static func matchingOpener(in text: Scalars, closer: Int, limit: Int) -> Int? {
        var depth = 1
        var index = closer
        while index > limit {
            index -= 1
            if text[index].isClosingParenthesis {
                depth += 1
            } else if text[index].isOpeningParenthesis {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The form keywords are matched in: no whitespace, no quotation marks, ASCII
    /// parentheses (`财政拨款“三公”经费` → `财政拨款三公经费`, `因公出国（境）费` → `因公出国(境)费`).
    static func normalised(_ label: Scalars) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(label.count)
        for scalar in label {
            if scalar.isNarrativeSpace || scalar.isQuotationMark { continue }
            if scalar == "（" { out.append("(") } else if scalar == "）" { out.append(")") } else { out.append(scalar) }
        }
        return out
    }

    /// Words that introduce a figure's label and are not part of it.
    private static let leadingWords: [Scalars] = [
        "主要包括", "主要用于", "具体包括", "主要为", "主要是", "主要有", "具体为", "分别为", "其中",
        "包括", "以及", "共计安排", "预算安排", "共计", "合计", "总计", "另有", "和", "及", "为", "是", "含",
        "我单位", "本单位", "我部门", "本部门", "本年度", "本年", "今年",
    ].map { Scalars(scalarsOf: $0) }

    /// Words between a label and its figure that are not part of the label.
    private static let trailingWords: [Scalars] = [
        "共计安排", "预算安排", "共计为", "合计为", "总计为", "共计", "合计", "总计", "为", "是", "约",
    ].map { Scalars(scalarsOf: $0) }

    /// The label with whitespace and connective words removed: leading words such as
    /// `其中`, `包括`, `主要为`, `和`, a leading year (`2025年`, `2025年度`), and, unless
    /// `keepTrailing`, trailing words such as `为`, `共计安排`, `预算安排`
    /// (`机关运行经费共计安排` → `机关运行经费`). Project names keep their end as printed.
    static func cleaned(_ label: Scalars, keepTrailing: Bool = false) -> String {
        var words = label.trimmed
        var changed = true
        while changed {
            changed = false
            for word in leadingWords where words.count > word.count && words.starts(withScalars: word) {
                words = Array(words.dropFirst(word.count)).trimmed
                changed = true
                break
            }
            if !changed, let afterYear = yearPrefixLength(words), afterYear < words.count {
                words = Array(words.dropFirst(afterYear)).trimmed
                changed = true
            }
        }
        guard !keepTrailing else { return words.string }
        changed = true
        while changed {
            changed = false
            for word in trailingWords where words.count > word.count && words.ends(withScalars: word) {
                words = Array(words.dropLast(word.count)).trimmed
                changed = true
                break
            }
        }
        return words.string
    }

    /// The length of a leading `NNNN年` or `NNNN年度`, or `nil`.
    private static func yearPrefixLength(_ words: Scalars) -> Int? {
        guard words.count >= 5 else { return nil }
        for offset in 0..<4 where !words[offset].isASCIIDigitScalar { return nil }
        guard words[4] == "年" else { return nil }
        return words.count > 5 && words[5] == "度" ? 6 : 5
    }
}
