import EngageRendering
import Testing

@Suite("Report text")
struct ReportTextTests {
    @Test("numbers to one decimal place, without a trailing .0, signed, a dash for none", arguments: [
        (12.0, "12"), (12.5, "12.5"), (0.04, "0"), (0.05, "0.1"), (-0.5, "-0.5"), (-1.0, "-1"), (-12.25, "-12.3"), (2.96, "3"),
    ])
    func days(value: Double, text: String) {
        #expect(ReportText.days(value) == text)
    }

    @Test("no value is a dash in a table and empty in CSV")
    func none() {
        #expect(ReportText.days(nil) == "—")
        #expect(ReportText.csvNumber(nil) == "")
    }
}
