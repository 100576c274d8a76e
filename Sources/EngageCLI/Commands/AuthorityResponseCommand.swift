import ArgParse
import EngageCore
import EngageRendering

/// `engage authority response NAME --model M [--note …] [--date D]`.
struct AuthorityResponseCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "response",
        abstract: "Record the strategic response an authority chose (the evidence to complete stage 4).",
        positionals: [Positional("NAME", help: "The authority, active or completed.")],
        options: [
            .value("model", valueName: "MODEL", help: "The model, e.g. \"Schools Champions\" or \"LA-wide guidelines\".", required: true),
            .value("note", valueName: "TEXT", help: "Anything worth keeping about it.", lineBreaks: true),
            .value("date", valueName: "YYYY-MM-DD", help: "When it was agreed (default today)."),
        ] + CommonOptions.writing,
        examples: [Example("engage authority response Somerset --model \"Schools Champions\" --note \"cluster of 17 schools\"",
                           "Somerset chose a Schools Champions model.")])

    let name: String
    let model: String
    let note: String?
    let date: Day
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        model = try arguments.required("model")
        note = arguments.value("note")
        date = try arguments.value("date").map { try Day.parse($0) } ?? .today()
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let response = try context.withStore(common) {
            try $0.recordResponse(name, model: model, note: note, date: date)
        }
        context.print(common.json ? try JSONOutput.render(response)
                           : "recorded for \(response.authority): \(response.model) (\(response.recordedOn))")
    }
}
