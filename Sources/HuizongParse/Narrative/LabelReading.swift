import HuizongModel

/// What the raw label of a narrative figure says: the change it states and the subject
/// it names (see ``ClaimVocabulary``), and its cleaned texts (see ``ClaimLabel``) once
/// made.
///
/// All of it depends on the label's bytes alone, and the template's labels (`一般公共预算
/// 收入`, `较2024年预算减少`, the project names of a district) repeat from file to file: a
/// reading is remembered on the thread by the raw label's bytes (see ``StringVocabulary``),
/// so a repeated label is hashed and compared instead of normalised, matched against the
/// keywords and cleaned again.
struct LabelReading {
    /// The change the label states (`.level` when it states none).
    let change: ClaimChange
    /// The subject the label names, or nil (blocking keywords give `.unrecognised`).
    let named: ClaimSubject?
    /// ``ClaimLabel/cleaned(_:keepTrailing:strings:)`` without its trailing words, once made.
    private(set) var label: String?
    /// ``ClaimLabel/cleaned(_:keepTrailing:strings:)`` keeping its end (a project's name),
    /// once made.
    private(set) var name: String?

    /// The change and the subject of the raw label `raw`, its texts not made yet.
    init(_ raw: UnsafeBufferPointer<UInt8>) {
        let subjects = ClaimVocabulary.subjects, changeWords = ClaimVocabulary.changeWords
        (change, named) = ClaimLabel.withNormalised(raw) { words in
            (changeWords.lastMatch(in: words) ?? .level, subjects.lastMatch(in: words))
        }
    }

    /// True when a figure with this label, in the sentence of a `项目支出…万元，主要为…`
    /// list (`inProjectList`), is a project: its label names no subject and states no change.
    func isProject(inProjectList: Bool) -> Bool {
        LabelReading.isProject(change: change, named: named, inProjectList: inProjectList)
    }

    /// True when a figure whose label states `change` and names `named` is a project (see
    /// ``isProject(inProjectList:)``).
    @inline(__always)
    static func isProject(change: ClaimChange, named: ClaimSubject?, inProjectList: Bool) -> Bool {
        inProjectList && named == nil && change == .level
    }

    /// The cleaned text of the raw label `raw` (this reading's bytes): a project's `name`
    /// keeping its end when `project`, else the `label`; made through `strings` when given,
    /// and kept.
    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, project: Bool, strings: StringVocabulary?) -> String {
        if let known = project ? name : label { return known }
        let text = ClaimLabel.cleaned(raw, keepTrailing: project, strings: strings)
        if project { name = text } else { label = text }
        return text
    }

    /// The change and subject the raw label `raw` states and its text (see
    /// ``text(_:project:strings:)``) for a figure in a project list sentence or not
    /// (`inProjectList`); the reading remembered in `strings` when given. Only what the
    /// caller needs is given back: returning the whole reading copied both its texts (a
    /// retain and a release each) for every figure.
    static func read(_ raw: UnsafeBufferPointer<UInt8>, inProjectList: Bool,
                     strings: StringVocabulary?) -> (change: ClaimChange, named: ClaimSubject?, text: String) {
        guard let strings else {
            var reading = LabelReading(raw)
            let text = reading.text(raw, project: reading.isProject(inProjectList: inProjectList), strings: nil)
            return (reading.change, reading.named, text)
        }
        if let entry = strings.labelEntry(raw) {
            var reading = strings.labelReading(entry)
            let project = reading.isProject(inProjectList: inProjectList)
            if let known = project ? reading.name : reading.label { return (reading.change, reading.named, known) }
            let text = reading.text(raw, project: project, strings: strings)
            strings.setLabelReading(entry, reading)
            return (reading.change, reading.named, text)
        }
        var reading = LabelReading(raw)
        let text = reading.text(raw, project: reading.isProject(inProjectList: inProjectList), strings: strings)
        strings.remember(label: raw, reading)
        return (reading.change, reading.named, text)
    }
}
