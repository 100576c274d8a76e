import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage assessment list AUTHORITY`.
struct AssessmentListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List an authority's self-assessments, oldest first: date, who took part, statements rated, mean rating.",
        discussion: "Ratings are on a four-point scale: \(Rating.scale). The mean is over the statements rated.",
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage assessment list Bury", "Bury's assessments."),
            Example("engage assessment list Bury --json", "The same with every rating, for a script."),
        ])

    let authority: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = try arguments.required("AUTHORITY")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let assessments = try context.withStore(common) { try $0.assessments(of: authority) }
        if common.json { return context.print(try JSONOutput.render(assessments)) }
        guard !assessments.isEmpty else {
            return context.print("no assessments of \(authority) yet; record one with "
                                 + "'engage assessment add \(AssessmentText.quoted(authority)) --rate KEY=RATING'")
        }
        var table = TextTable(columns: [.init("ID", .right), .init("DATE"), .init("TOOK PART"), .init("RATED", .right),
                                        .init("MEAN", .right)])
        for assessment in assessments {
            table.append([String(assessment.id), assessment.assessedOn.description, AssessmentText.participants(assessment),
                          "\(assessment.ratedCount)/8", assessment.meanRating.map(AssessmentText.mean) ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
