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

    /// The reason's text.
    var text: String {
        switch self {
        case .text(let text): text
        case .deferred(let write): write()
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
        reasons.count == 1 ? reasons[0] : .deferred { NotCheckedReason.joined(reasons) }
    }
}
