import HuizongModel

/// Why part of a rule could not be checked: its text, or how to write it.
///
/// A reason is shown only where the coverage ledger is (the check command's text and
/// JSON); a roll-up never shows one. A rule that records a reason per narrative claim on
/// every unit (比上年 changes without last year's budget) therefore records how to write
/// it, and the text is written when the ledger's ``LedgerEntry/reason`` is read.
enum NotCheckedReason: Sendable {
    /// The reason, written out.
    case text(String)
    /// The reason, written when read.
    case deferred(@Sendable () -> String)
    /// Several reasons (two or more), joined by `；` when read: a rule's reasons kept as
    /// they are, without a closure (an allocation) to join them later.
    case joined([NotCheckedReason])
    /// A narrative claim quoted in a reason (``ClaimQuote``), written when read: recorded
    /// for nearly every change claim of a roll-up (no last year's budget), so no closure
    /// is allocated for it.
    case quoted(ClaimQuote)

    /// The reason's text.
    var text: String {
        switch self {
        case .text(let text): text
        case .deferred(let write): write()
        case .joined(let reasons): NotCheckedReason.joined(reasons)
        case .quoted(let quote): quote.text
        }
    }

    /// `reasons` joined by `；`, as the ledger shows them.
    static func joined(_ reasons: [NotCheckedReason]) -> String {
        if reasons.count == 1 { return reasons[0].text }
        return TextJoin.joined(reasons.map(\.text), separator: "；")
    }

    /// One reason standing for `reasons` (not empty): the reason itself, or their
    /// joined text, written when read.
    static func one(_ reasons: [NotCheckedReason]) -> NotCheckedReason {
        reasons.count == 1 ? reasons[0] : .joined(reasons)
    }
}

/// Why a narrative claim was not checked, quoting it: `第n项“label printed unit”` between
/// the wording's words before and after, written when read.
struct ClaimQuote: Sendable {
    /// What is said around the quoted claim.
    enum Wording: UInt8, Sendable {
        /// 无法确定第n项“…”对应的本年数
        case noFigureThisYear
        /// 无上年预算数据：第n项“…”未核对
        case noLastYearBudget
        /// 上年预算中找不到第n项“…”对应的数
        case noFigureLastYear

        /// The words before and after the quoted claim.
        var words: (before: String, after: String) {
            switch self {
            case .noFigureThisYear: ("无法确定", "对应的本年数")
            case .noLastYearBudget: ("无上年预算数据：", "未核对")
            case .noFigureLastYear: ("上年预算中找不到", "对应的数")
            }
        }
    }

    // The quoted claim's label, figure and unit are copied (short texts, most held
    // inline): a quote that held the narrative's whole claim list kept it alive with the
    // unit's report, so a roll-up that keeps two claims of each budget still kept all.

    /// The quoted claim's label as printed.
    let label: String
    /// The quoted claim's figure as printed.
    let printed: String
    /// The quoted claim's index among the narrative's claims.
    let index: Int32
    let wording: Wording
    /// The quoted claim's unit.
    let unit: Amount.Unit

    init(_ claims: [NarrativeClaim], _ index: Int, _ wording: Wording) {
        precondition(index >= 0 && index <= Int(Int32.max), "a claim's index")
        label = claims[index].label; printed = claims[index].printed; unit = claims[index].unit
        self.index = Int32(index); self.wording = wording
    }

    /// `before` + 第n项“…” + `after`, in one allocation.
    var text: String {
        let words = wording.words
        return TextJoin.concat(words.before, "第", String(Int(index) + 1), "项“", label, printed, unit.rawValue, "”", words.after)
    }
}
