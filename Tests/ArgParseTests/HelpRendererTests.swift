import ArgParse
import Testing

@Suite("HelpRenderer")
struct HelpRendererTests {
    private let leafHelp = HelpRenderer.render(leaf: Fixtures.officerAdd, path: Fixtures.addPath)

    private func groupNode(_ name: String) -> CommandNode<String>? {
        guard case .help(_, let node) = try? Fixtures.tree.resolve([name, "--help"]) else { return nil }
        return node
    }

    @Test func leafSectionsInOrder() throws {
        let titles = ["OVERVIEW: Add an engagement officer.", "USAGE:", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"]
        let offsets = try titles.map { title in
            try #require(leafHelp.firstRange(of: title)).lowerBound
        }
        #expect(offsets == offsets.sorted())
        #expect(leafHelp.hasSuffix("\n"))
    }

    @Test func leafUsageLine() {
        #expect(leafHelp.contains(
            "USAGE: engage officer add NAME [EMAIL] --region REGION [--cap N] [--json]\n"
                + "                          [--rate K=V ...] [--to N]\n"))
    }

    @Test func argumentsAndOptionsAlignAtColumn26() {
        #expect(leafHelp.contains("\n  NAME                    The officer's full name.\n"))
        #expect(leafHelp.contains("\n  --region REGION         One of the nine English regions.\n"))
        #expect(leafHelp.contains("\n  --rate K=V              A named rate. (repeatable)\n"))
        #expect(leafHelp.contains("\n  -h, --help              Show help for this command.\n"))
    }

    @Test func discussionIsWrapped() {
        #expect(leafHelp.contains(
            "\n\nOfficers own engagements in one region. The cap limits how many open engagements\n"
                + "they may hold at once.\n\n"))
    }

    @Test func examplesAreIndented() {
        #expect(leafHelp.contains(
            "EXAMPLES:\n  engage officer add \"Sam Jones\" --region \"North West\" --cap 3\n"
                + "      Adds Sam Jones to the North West with room for three engagements.\n"))
    }

    @Test(arguments: [40, 60, 80])
    func linesFitWidthWithoutTrailingSpaces(width: Int) {
        let text = HelpRenderer.render(leaf: Fixtures.officerAdd, path: Fixtures.addPath, width: width)
        // Example command lines are kept whole so they can be copied.
        for line in text.split(separator: "\n") where !line.hasPrefix("  engage ") {
            #expect(line.count <= width, "too wide: \(line)")
            #expect(line.last != " ", "trailing space: \(line)")
        }
    }

    @Test func longHelpWrapsUnderSecondColumn() {
        let signature = CommandSignature(name: "x", abstract: "X.", options: [
            .flag("verbose", help: String(repeating: "word ", count: 20)),
            .value("a-really-long-option-name", valueName: "VALUE", help: "Short help."),
        ])
        let text = HelpRenderer.render(leaf: signature, path: ["engage", "x"], width: 60)
        #expect(text.contains("\n  --verbose               word word word word word word word\n"
            + "                          word word word word word word word\n"))
        #expect(text.contains("\n  --a-really-long-option-name VALUE\n                          Short help.\n"))
        #expect(!text.contains("ARGUMENTS:"))
        #expect(!text.contains("EXAMPLES:"))
    }

    @Test func rootGroupHelp() {
        let text = HelpRenderer.render(group: Fixtures.tree.root, path: ["engage"])
        #expect(text.hasPrefix("OVERVIEW: Track outreach.\n\nUSAGE: engage <subcommand>\n"))
        #expect(text.contains("SUBCOMMANDS:\n  officer                 Manage engagement officers.\n"
            + "  report                  Print the weekly report.\n"))
        #expect(text.contains("  --version               Show the version of engage.\n"))
        #expect(text.hasSuffix("\nSee 'engage <subcommand> --help' for details.\n"))
    }

    @Test func nestedGroupHelp() throws {
        let node = try #require(groupNode("officer"))
        let text = HelpRenderer.render(group: node, path: ["engage", "officer"])
        #expect(text.contains("  add                     Add an engagement officer.\n"))
        #expect(text.contains("  list                    List engagement officers.\n"))
        #expect(text.contains("See 'engage officer <subcommand> --help' for details."))
        #expect(!text.contains("--version"))
    }

    @Test func leafNodeRendersAsLeaf() {
        let node = CommandNode<String>.leaf(Fixtures.officerAdd, "")
        #expect(HelpRenderer.render(group: node, path: Fixtures.addPath) == leafHelp)
    }
}
