import HuizongModel

/// One thing a rule found, located as a finance officer would look it up.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's stable id (`t1_income_items_sum`).
    public var ruleID: String
    /// error, warning or info.
    public var severity: Severity
    /// The unit's code and name.
    public var unitCode: String
    public var unitName: String
    /// The cell the finding is about (its table, row key and column).
    public var cell: CellAddress
    /// The row's name as printed.
    public var rowName: String
    /// What the relation says the cell should hold.
    public var expected: Amount?
    /// What the cell holds (nil: empty).
    public var actual: Amount?
    /// actual − expected.
    public var difference: Amount?
    /// The source line of the row, 0 when unknown.
    public var line: Int
    /// The message in the document's own terms.
    public var message: String
    /// Every cell the failing relation involves (the cell itself first).
    public var involvedCells: [CellAddress]
    /// The one cell whose correction would clear every failing relation of its group, if one exists.
    public var correction: CellCorrection?

    public init(ruleID: String, severity: Severity, unitCode: String, unitName: String, cell: CellAddress,
                rowName: String, expected: Amount?, actual: Amount?, line: Int, message: String,
                involvedCells: [CellAddress]) {
        self.ruleID = ruleID; self.severity = severity; self.unitCode = unitCode; self.unitName = unitName
        self.cell = cell; self.rowName = rowName; self.expected = expected; self.actual = actual
        self.difference = expected.map { actual.orZero - $0 }
        self.line = line; self.message = message; self.involvedCells = involvedCells
    }

    /// The table the finding is about.
    public var table: TableID { cell.table }
}

/// A single-cell correction that would satisfy several failing relations at once.
public struct CellCorrection: Sendable, Hashable, Codable {
    /// The cell to correct.
    public var cell: CellAddress
    /// Its row's name.
    public var rowName: String
    /// What it holds now.
    public var current: Amount?
    /// What it should hold.
    public var corrected: Amount
    /// How many failing relations the correction clears.
    public var clears: Int
}
