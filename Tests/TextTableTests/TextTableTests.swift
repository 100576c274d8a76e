import TextTable
import Testing

@Suite("TextTable")
struct TextTableTests {
    private func officers() -> TextTable {
        var table = TextTable(columns: [.init("NAME"), .init("REGION"), .init("OPEN", .right)])
        table.append(["Sam Jones", "North West", "3"])
        table.append(["Al", "London", "12"])
        return table
    }

    @Test func rendersHeaderRuleAndRows() {
        #expect(officers().render() == """
            NAME       REGION      OPEN
            ─────────  ──────────  ────
            Sam Jones  North West     3
            Al         London        12

            """)
    }

    @Test func noTrailingSpacesWhenLastColumnIsLeftAligned() {
        var table = TextTable(columns: [.init("ID", .right), .init("NOTE")])
        table.append(["1", "short"])
        table.append(["22", ""])
        #expect(table.render() == "ID  NOTE\n──  ─────\n 1  short\n22\n")
    }

    @Test func widthsCountCharacters() {
        var table = TextTable(columns: [.init("NAME"), .init("N", .right)])
        table.append(["Zoë Brontë", "1"])
        table.append(["👩‍💻", "2"])
        let lines = table.render().split(separator: "\n")
        #expect(lines[0] == "NAME        N")
        #expect(lines[2] == "Zoë Brontë  1")
        #expect(lines[3] == "👩‍💻           2")
    }

    @Test func emptyTableHasHeaderAndRule() {
        let table = TextTable(columns: [.init("A"), .init("BB")])
        #expect(table.render() == "A  BB\n─  ──\n")
        #expect(TextTable(columns: []).render() == "")
    }

    @Test func cellLineBreaksBecomeSpaces() {
        var table = TextTable(columns: [.init("NOTE")])
        table.append(["two\nlines\there"])
        #expect(table.render() == "NOTE\n" + String(repeating: "─", count: 14) + "\ntwo lines here\n")
    }

    @Test func truncatesWidestLeftColumnToFit() {
        var table = TextTable(columns: [.init("NAME"), .init("NOTES"), .init("N", .right)])
        table.append(["Sam", "A rather long note about this officer", "1"])
        let text = table.render(maxWidth: 30)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines[2] == "Sam   A rather long note a…  1")
        #expect(lines[1] == "────  " + String(repeating: "─", count: 21) + "  ─")
    }

    @Test func neverTruncatesBelowEightCharacters() {
        var table = TextTable(columns: [.init("NAME"), .init("AMOUNT", .right)])
        table.append(["Samantha Jones-Smith", "1000000"])
        let lines = table.render(maxWidth: 10).split(separator: "\n")
        #expect(lines[2] == "Samanth…  1000000")
    }

    @Test func rightAlignedColumnsAreNotTruncated() {
        var table = TextTable(columns: [.init("N", .right), .init("TOTAL", .right)])
        table.append(["123456789012", "5"])
        #expect(table.render(maxWidth: 5).contains("123456789012"))
    }

    @Test func fitsWithoutChangeWhenNarrowEnough() {
        #expect(officers().render(maxWidth: 200) == officers().render())
        #expect(officers().render(maxWidth: 27) == officers().render())
    }

    @Test func appendingARowOfTheWrongLengthTraps() async {
        await #expect(processExitsWith: .failure) {
            var table = TextTable(columns: [.init("A")])
            table.append(["1", "2"])
        }
    }
}
