import HuizongModel

/// The headers of a document's tables as they are read, for checking at the end that
/// they agree (unit code, name, year, currency; see
/// ``DocumentParser/checkHeadersAgree()``).
///
/// Only the first header is kept whole. A later header is compared as it is noted and
/// kept only as what it prints differently, so the usual document, whose headers all
/// agree, copies one header instead of every table's (a retain and a release for each
/// of its texts). Everything is kept in one array, so that the notes add no more than a
/// reference to the parser, which is copied to the stack for each row read.
struct HeaderNotes {
    /// What a later header prints differently: each field is nil where it agrees.
    struct Difference {
        let table: TableID
        let source: SourceLocation
        let unitCode: String?
        let unitName: String?
        /// The year printed when it differs from the first year printed before it.
        let year: Int?
        /// The currency printed when it differs from the first currency printed before it.
        let currency: String?
    }

    /// The first header and what the later ones printed.
    private struct Kept {
        let table: TableID
        let header: TableHeader
        /// The first year a header printed, if any.
        var year: Int?
        /// The first currency a header printed, if any.
        var currency: String?
        /// The later headers that differ from the first, in the order they were read.
        var differences: [Difference] = []
    }

    /// Empty before the first header is noted, then one element.
    private var kept: [Kept] = []

    /// True before any header is noted.
    var isEmpty: Bool { kept.isEmpty }

    /// The first table read and its header.
    var first: (table: TableID, header: TableHeader)? { kept.first.map { ($0.table, $0.header) } }
    /// The first year a header printed, if any.
    var year: Int? { kept.first?.year }
    /// The first currency a header printed, if any.
    var currency: String? { kept.first?.currency }
    /// The later headers that differ from the first, in the order they were read.
    var differences: [Difference] { kept.first?.differences ?? [] }

    /// Notes the header of table `table`, just read.
    mutating func note(_ table: TableID, _ header: TableHeader) {
        guard !kept.isEmpty else {
            kept.append(Kept(table: table, header: header, year: header.budgetYear, currency: header.currency))
            return
        }
        let unitCode = header.unitCode == kept[0].header.unitCode ? nil : header.unitCode
        let unitName = header.unitName == kept[0].header.unitName ? nil : header.unitName
        var differentYear: Int?
        if let printed = header.budgetYear {
            if let year = kept[0].year { if printed != year { differentYear = printed } } else { kept[0].year = printed }
        }
        var differentCurrency: String?
        if let printed = header.currency {
            if kept[0].currency == nil { kept[0].currency = printed } else if kept[0].currency != printed { differentCurrency = printed }
        }
        guard unitCode != nil || unitName != nil || differentYear != nil || differentCurrency != nil else { return }
        kept[0].differences.append(Difference(table: table, source: header.source, unitCode: unitCode, unitName: unitName,
                                              year: differentYear, currency: differentCurrency))
    }
}
