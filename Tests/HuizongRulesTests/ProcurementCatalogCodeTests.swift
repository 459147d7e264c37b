import Testing
@testable import HuizongRules

/// ProcurementCatalogCodeFormatRule.isWellFormed reads the code's bytes in place, skipping
/// whitespace anywhere: A, B or C, then at least two ASCII digits.
@Suite struct ProcurementCatalogCodeTests {
    @Test func wellFormedCodes() {
        for code in ["A05040101", "B01", "C05990000", " A050 40101 ", "\u{3000}C99\u{A0}", "A\t0\n1"] {
            #expect(ProcurementCatalogCodeFormatRule.isWellFormed(code), "\(code)")
        }
    }

    @Test func malformedCodes() {
        for code in ["", "   ", "A", "A0", "A 0", "D05040101", "a05040101", "AO5040101", "A05040101X",
                     "05040101", "Ａ05040101", "A０5040101", "@01", "A05-01", "办公A0501"] {
            #expect(!ProcurementCatalogCodeFormatRule.isWellFormed(code), "\(code)")
        }
    }
}
