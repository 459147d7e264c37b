import HuizongModel

/// Turns the paragraphs of a narrative 情况说明 into structured ``NarrativeClaim``s.
///
/// A *figure* is a decimal number (optionally signed `-`/`−`) immediately followed by
/// `万元` or `元`; a figure followed by `以上`/`以下`/`以内` is a threshold, not a claim.
/// Its *label* is the text before it back to the previous delimiter
/// (`，,；;：:。、（(`) or the previous figure, with connective words such as `其中`,
/// `包括`, `主要为`, `和`, `为`, `共计安排` dropped.
///
/// The label's keywords give the ``ClaimSubject`` (`一般公共预算收入` → `.generalBudgetIncome`,
/// `“三公”经费` → `.threePublic`, …) and the ``ClaimChange`` (`增加`/`增长`/`上升` →
/// `.increase`, `减少`/`下降` → `.decrease`). A change whose label names no subject
/// (`较2024年预算减少185.23万元`) refers to the first recognised level figure of its
/// sentence, else to the subject of its section (the last numbered heading: a `三公`
/// heading gives `.threePublic`, `比上年增减情况` gives `.totalBudget`), else to the first
/// recognised level figure of its paragraph. In the sentence of a `项目支出…万元，主要为…`
/// figure, each following level figure that names no subject is a `.project` whose
/// `name` is its label. Any other figure is `.unrecognised`, its label kept.
///
/// The extractor is a value that carries the current section across paragraphs: feed it
/// the paragraphs in document order.
///
/// ```swift
/// var extractor = ClaimExtractor()
/// for (text, line) in paragraphs {
///     claims += extractor.claims(in: text, source: line)
/// }
/// ```
public struct ClaimExtractor: Sendable {
    /// The subject a change naming none refers to in the current section, from the last
    /// numbered heading (`nil` outside such a section).
    public private(set) var sectionSubject: ClaimSubject?

    /// An extractor at the start of a narrative (no section yet).
    public init() {}

    /// The claims `paragraph` quotes, in order; every claim carries `source`.
    ///
    /// A paragraph quoting no figure may be a numbered heading, which sets the section
    /// for the paragraphs after it.
    public mutating func claims(in paragraph: String, source: SourceLocation) -> [NarrativeClaim] {
        claims(in: paragraph, source: source, strings: nil)
    }

    /// ``claims(in:source:)``, making label texts through `strings` when given.
    mutating func claims(in paragraph: String, source: SourceLocation, strings: StringVocabulary?) -> [NarrativeClaim] {
        var claims: [NarrativeClaim] = []
        var buffer = ClaimBuffers()
        append(claimsIn: paragraph, source: source, strings: strings, buffers: &buffer, to: &claims)
        return claims
    }

    /// Appends the claims `paragraph` quotes to `claims` (see ``claims(in:source:)``).
    ///
    /// The paragraph's bytes and figures are read into `buffers`, which keep their
    /// storage from one paragraph to the next, so a narrative is read without arrays
    /// for each paragraph.
    mutating func append(claimsIn paragraph: String, source: SourceLocation, strings: StringVocabulary?,
                         buffers: inout ClaimBuffers, to claims: inout [NarrativeClaim]) {
        // A paragraph quoting no figure that was read before (a heading or a fixed text
        // of the template) is known by its bytes.
        if let strings, let known = paragraph.utf8.withContiguousStorageIfAvailable({ strings.paragraphOutcome($0) }) ?? nil {
            if case .heading(let subject) = known { sectionSubject = subject }
            return
        }
        buffers.text.removeAll(keepingCapacity: true)
        // A native string's bytes are copied at once; any other string byte by byte.
        if paragraph.utf8.withContiguousStorageIfAvailable({ buffers.text.append(contentsOf: $0) }) == nil {
            buffers.text.append(contentsOf: paragraph.utf8)
        }
        let text = buffers.text
        FigureScanner.figures(in: text, strings: strings, into: &buffers.figures)
        let figures = buffers.figures
        if figures.isEmpty || figures.allSatisfy(\.isThreshold) {
            var outcome = ParagraphOutcome.text
            if NarrativeHeading.isHeading(text) {
                sectionSubject = NarrativeHeading.sectionSubject(text)
                outcome = .heading(sectionSubject)
            }
            if let strings { text.withUnsafeBufferPointer { strings.note(paragraph: $0, outcome) } }
            return
        }
        var state = ParagraphState()
        // The figures are read in place (by index) and each claim is made once, with its
        // final subject and label: copying a figure or a claim retains its strings.
        for position in figures.indices {
            let limit = state.labelLimit
            state.labelLimit = figures[position].end
            state.advanceSentence(in: text, to: figures[position].start)
            guard !figures[position].isThreshold, let amount = figures[position].amount else { continue }
            let start = figures[position].start
            // The label is read through a buffer pointer: a slice of the text would be
            // retained and released for each figure.
            let labelRange = ClaimLabel.raw(in: text, before: start, limit: limit)
            let inProjectList = state.projectListSentence == state.sentence
            let (change, named, label) = text.withUnsafeBufferPointer { whole in
                LabelReading.read(UnsafeBufferPointer(rebasing: whole[labelRange]), inProjectList: inProjectList, strings: strings)
            }
            var subject = named ?? .unrecognised
            var name = ""
            if LabelReading.isProject(change: change, named: named, inProjectList: inProjectList) {
                subject = .project
                name = label
            } else if named == nil && change != .level {
                subject = state.sentenceFirstLevel ?? sectionSubject ?? state.paragraphFirstLevel ?? .unrecognised
            }
            if change == .level && named != nil && named != .unrecognised {
                state.noteLevel(subject)
                if subject == .projectExpenditure {
                    let next = position + 1 < figures.count ? figures[position + 1].start : text.count
                    if introducesProjects(text, from: figures[position].end, to: next) { state.projectListSentence = state.sentence }
                }
            }
            claims.append(NarrativeClaim(subject: subject, name: name, change: change, amount: amount,
                                         unit: figures[position].unit, printed: figures[position].printed,
                                         label: label, source: source))
        }
    }

    /// The claims of a whole narrative given as paragraphs in document order.
    public static func claims(inParagraphs paragraphs: [(String, SourceLocation)]) -> [NarrativeClaim] {
        claims(inParagraphs: paragraphs, strings: StringVocabulary.forCurrentThread())
    }

    /// ``claims(inParagraphs:)``, making label texts through `strings` (the calling
    /// thread's vocabulary, which the reader already holds).
    static func claims(inParagraphs paragraphs: [(String, SourceLocation)], strings: StringVocabulary) -> [NarrativeClaim] {
        var extractor = ClaimExtractor()
        // The list a budget checked before on this thread gave back (a roll-up keeps two
        // of a budget's claims: see ``BudgetReader/giveBackClaims(_:)``), else a new one.
        var claims = strings.takeClaimRoom()
        // A narrative quotes about as many figures as it has paragraphs: room for them at
        // once instead of growing the array five or six times.
        if claims.capacity < paragraphs.count { claims.reserveCapacity(paragraphs.count) }
        var buffers = ClaimBuffers()
        buffers.text.reserveCapacity(1024)
        for (text, source) in paragraphs {
            extractor.append(claimsIn: text, source: source, strings: strings, buffers: &buffers, to: &claims)
        }
        return claims
    }

    /// True when the text after a 项目支出 figure, up to the next figure, introduces a
    /// list (`主要为`, `包括`, `其中`, …).
    private func introducesProjects(_ text: [UInt8], from start: Int, to end: Int) -> Bool {
        let words = ClaimVocabulary.projectListWords
        return (0..<words.count).contains { words.occurs($0, in: text, within: start..<end) }
    }
}

/// The arrays the extractor reads each paragraph into, kept from one paragraph to the next.
struct ClaimBuffers {
    /// The paragraph's bytes.
    var text: [UInt8] = []
    /// The paragraph's figures.
    var figures: [ScannedFigure] = []
}

/// What the extractor remembers within one paragraph.
private struct ParagraphState {
    /// Where the next label may start at the earliest (the byte offset just past the
    /// previous figure).
    var labelLimit = 0
    /// The index of the current sentence within the paragraph.
    var sentence = 0
    /// How far (in bytes) sentence ends have been counted.
    var scanned = 0
    /// The first recognised level subject of the current sentence.
    var sentenceFirstLevel: ClaimSubject?
    /// The first recognised level subject of the paragraph.
    var paragraphFirstLevel: ClaimSubject?
    /// The sentence holding a `项目支出…万元，主要为` list, if any.
    var projectListSentence: Int?

    /// Counts the sentence ends before `offset` (a character's start); a new sentence
    /// forgets its first level.
    ///
    /// The text up to the next byte that may end a sentence (see
    /// ``NarrativeMarks/nextSentenceEndCandidate(_:from:before:)``) is skipped at once:
    /// the characters before it end none. Past a byte that turns out to end none, the
    /// skip passes over the rest of its character (continuation bytes are never
    /// candidates).
    mutating func advanceSentence(in text: [UInt8], to offset: Int) {
        while scanned < offset {
            scanned = NarrativeMarks.nextSentenceEndCandidate(text, from: scanned, before: offset)
            guard scanned < offset else { return }
            if NarrativeMarks.endsSentence(text, at: scanned) {
                sentence += 1
                sentenceFirstLevel = nil
            }
            scanned += 1
        }
    }

    /// Records a recognised level figure.
    mutating func noteLevel(_ subject: ClaimSubject) {
        if sentenceFirstLevel == nil { sentenceFirstLevel = subject }
        if paragraphFirstLevel == nil { paragraphFirstLevel = subject }
    }
}
