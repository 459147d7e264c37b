import HuizongModel

/// What a narrative paragraph that quotes no figure is: plain text, or a numbered
/// heading with the subject of its section (see ``NarrativeHeading``).
enum ParagraphOutcome: Equatable {
    case text
    case heading(ClaimSubject?)
}

/// The outcomes of the paragraphs quoting no figure read so far on one thread, by their
/// bytes.
///
/// The template's paragraphs (its headings, 名词解释, the notes) repeat in every file;
/// the outcome of one depends on its bytes alone, so a repeated paragraph is hashed and
/// compared instead of being scanned for figures and headings again. Kept in the
/// thread's ``StringVocabulary``; emptied when it reaches ``entryLimit`` entries or
/// ``byteLimit`` bytes.
struct ParagraphMemo {
    /// The shortest paragraph remembered (``ByteHash`` reads whole words).
    static let minimumLength = ByteMemo<ParagraphOutcome>.minimumLength
    /// Most entries kept before starting afresh.
    static let entryLimit = 1 << 14
    /// Most paragraph bytes kept before starting afresh.
    static let byteLimit = 1 << 20

    private var memo = ByteMemo<ParagraphOutcome>(entryLimit: ParagraphMemo.entryLimit, byteLimit: ParagraphMemo.byteLimit)

    /// The outcome remembered for the paragraph `bytes`, or nil.
    func outcome(_ bytes: UnsafeBufferPointer<UInt8>) -> ParagraphOutcome? {
        memo.entry(bytes).map { memo[$0] }
    }

    /// Remembers `outcome` for the paragraph `bytes` (not remembered yet).
    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, _ outcome: ParagraphOutcome) {
        memo.add(bytes, outcome)
    }
}
