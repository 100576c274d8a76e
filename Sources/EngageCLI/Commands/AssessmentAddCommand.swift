import ArgParse
import CSV
import EngageCore
import EngageRendering

/// `engage assessment add AUTHORITY [--date D] (--rate KEY=N … [--note KEY=TEXT] | --from FILE.csv) [--with CONTACT] [--participant NAME]`.
struct AssessmentAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Record an authority's self-assessment against the Quality Statements: who took part, a rating per statement.",
        discussion: """
            Each statement is rated on a four-point scale: \(Rating.scale). Rate at least one; a statement may be left \
            unrated, but not rated twice. The keys are those of 'engage statement list': awareness, identification, voice, \
            multi-agency, cjs-stages, support, stigma, evidence. Instead of --rate and --note, --from reads a CSV file with \
            the columns statement,rating,evidence (a header row of those names is optional; a row with neither rating nor \
            evidence leaves its statement unrated). The date may not be in the future.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [
            .value("date", valueName: "YYYY-MM-DD", help: "When the assessment was made. Default: today."),
            .repeated("rate", valueName: "KEY=RATING", help: "A statement's rating, 1 to 4 (\(Rating.scale)). Repeat for each statement."),
            .repeated("note", valueName: "KEY=TEXT", help: "The evidence for a rated statement's rating.", lineBreaks: true),
            .value("from", valueName: "FILE.csv", help: "Read the ratings from a CSV file (statement,rating,evidence) instead of --rate."),
            .repeated("with", valueName: "CONTACT", help: "A contact of the authority who took part, by name."),
            .repeated("participant", valueName: "NAME", help: "Someone else who took part, in free text."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage assessment add Bury --date 2014-01-10 --rate awareness=2 --rate voice=1 --note voice="No child's view recorded" --with "Dana Cole""#,
                    "Bury's baseline: awareness emerging, voice not yet in place, with evidence; Dana Cole took part."),
            Example(#"engage assessment add Bury --from bury-june.csv --participant "Head of the Virtual School""#,
                    "Today's ratings from a spreadsheet saved as CSV."),
        ])

    let request: NewAssessment
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let today = Day.today()
        let rates = arguments.values("rate"), notes = arguments.values("note")
        let entries: [NewAssessment.Entry]
        if let file = arguments.value("from") {
            guard rates.isEmpty, notes.isEmpty else {
                throw UsageError("--from cannot be combined with --rate or --note; give the ratings one way",
                                 commandPath: ["engage", "assessment", "add"])
            }
            entries = try NewAssessment.entries(csv: try Self.records(of: file))
        } else {
            entries = try NewAssessment.entries(rates: rates, notes: notes)
        }
        request = try NewAssessment(
            authority: try arguments.required("AUTHORITY"),
            date: try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today,
            ratings: entries, contacts: arguments.values("with"), participants: arguments.values("participant"), today: today)
        common = CommonArguments(arguments)
    }

    /// The file's records, with the line each starts on.
    private static func records(of file: String) throws -> [(line: Int, fields: [String])] {
        do {
            return try FileInput.withChunks(path: file) { chunks in
                var reader = CSVReader(nextChunk: chunks)
                var records: [(line: Int, fields: [String])] = []
                while let record = try reader.next() { records.append((record.line, record.fields)) }
                return records
            }
        } catch let failure as FileError {
            throw EngageError(.invalid, failure.description, hint: "check the path and that the file can be read")
        } catch let failure as CSVReader.Failure {
            throw EngageError(.invalid, "\(file), \(failure.description)")
        }
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addAssessment(request) }
        if common.json { return context.print(try JSONOutput.render(added)) }
        let mean = added.meanRating.map { ", mean \(AssessmentText.mean($0))" } ?? ""
        context.print("added assessment \(added.id) of \(added.authority) on \(added.assessedOn): "
                      + "\(added.ratedCount) of 8 statements rated\(mean)")
    }
}

/// How assessments read in tables.
enum AssessmentText {
    /// A mean rating to at most two decimals: "2", "2.5", "2.33".
    static func mean(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Who took part, comma-separated.
    static func participants(_ assessment: Assessment) -> String {
        assessment.participants.map(\.displayName).joined(separator: ", ")
    }

    /// An authority's name as typed in a suggested command.
    static func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}
