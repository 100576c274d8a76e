import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage assessment show AUTHORITY [--compare first|previous]`.
struct AssessmentShowCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "show",
        abstract: "Show an authority's latest self-assessment per statement, compared with its first or previous one.",
        discussion: """
            Each of the eight statements, in order, with the earlier rating, the latest and the change (+1, -2, = \
            unchanged, blank when either is unrated), and the latest's evidence notes. Ratings: \(Rating.scale). \
            With a single assessment, its ratings alone.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [
            .value("compare", valueName: "first|previous",
                   help: "Compare the latest with the first assessment (progress over the engagement) or the one before it. Default: first."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage assessment show Bury", "Bury's latest ratings against its first."),
            Example("engage assessment show Bury --compare previous --json", "Against the one before, for a script."),
        ])

    let authority: String
    let basis: AssessmentComparison.Basis
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = try arguments.required("AUTHORITY")
        basis = try arguments.value("compare").map { text throws(EngageError) in try AssessmentComparison.Basis.parse(text) } ?? .first
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let comparison = try context.withStore(common) { try $0.compareAssessments(of: authority, against: basis) }
        if common.json { return context.print(try JSONOutput.render(comparison)) }
        let latest = comparison.latest
        let who = latest.participants.isEmpty ? "" : " with " + AssessmentText.participants(latest)
        guard let earlier = comparison.earlier, let basis = comparison.basis else {
            context.print("\(latest.authority): assessment \(latest.id) on \(latest.assessedOn)\(who) (the only one)")
            var table = TextTable(columns: [.init("STATEMENT"), .init("TITLE"), .init("RATING"), .init("EVIDENCE")])
            for line in comparison.statements {
                table.append([line.statement, line.title, line.latest.map { "\($0.rawValue) \($0.label)" } ?? "", line.evidence ?? ""])
            }
            return context.print(table.render(maxWidth: context.terminalWidth))
        }
        context.print("\(latest.authority): assessment \(latest.id) on \(latest.assessedOn)\(who), "
                      + "compared with the \(basis.rawValue), \(earlier.id) on \(earlier.assessedOn)")
        var table = TextTable(columns: [.init("STATEMENT"), .init("TITLE"), .init(earlier.assessedOn.description, .right),
                                        .init(latest.assessedOn.description, .right), .init("CHANGE", .right), .init("EVIDENCE")])
        for line in comparison.statements {
            table.append([line.statement, line.title, line.earlier.map(\.description) ?? "", line.latest.map(\.description) ?? "",
                          line.changeText, line.evidence ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
