import ArgParse

/// Sample commands shared by the tests.
enum Fixtures {
    static let addPath = ["engage", "officer", "add"]

    static let officerAdd = CommandSignature(
        name: "add",
        abstract: "Add an engagement officer.",
        discussion: "Officers own engagements in one region. The cap limits how many open engagements they may hold at once.",
        positionals: [
            Positional("NAME", help: "The officer's full name."),
            Positional("EMAIL", help: "Contact address.", optional: true),
        ],
        options: [
            .value("region", valueName: "REGION", help: "One of the nine English regions.", required: true),
            .value("cap", valueName: "N", help: "Maximum open engagements."),
            .flag("json", help: "Print the result as JSON."),
            .repeated("rate", valueName: "K=V", help: "A named rate."),
            .value("to", valueName: "N", help: "Adjust the score to N."),
        ],
        examples: [
            Example(#"engage officer add "Sam Jones" --region "North West" --cap 3"#,
                    "Adds Sam Jones to the North West with room for three engagements."),
        ])

    static let officerList = CommandSignature(
        name: "list", abstract: "List engagement officers.",
        options: [.flag("json", help: "Print JSON.")])

    static let tree = CommandTree<String>(root: .group(name: "engage", abstract: "Track outreach.", children: [
        .group(name: "officer", abstract: "Manage engagement officers.", children: [
            .leaf(officerAdd, "officer.add"),
            .leaf(officerList, "officer.list"),
        ]),
        .leaf(CommandSignature(name: "report", abstract: "Print the weekly report."), "report"),
    ]))

    /// Parses `arguments` as `engage officer add`.
    static func parseAdd(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        try ArgumentParser.parse(arguments, for: officerAdd, commandPath: addPath)
    }

    /// The message of the usage error thrown for `arguments`, or `nil` when parsing succeeds.
    static func addError(_ arguments: [String]) -> String? {
        do throws(UsageError) {
            _ = try parseAdd(arguments)
            return nil
        } catch {
            return error.message
        }
    }
}
