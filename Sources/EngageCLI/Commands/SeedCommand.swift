import ArgParse
import EngageRendering
import EngageStore
import FoundationEssentials

/// `engage seed [FILE]`.
struct SeedCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "seed",
        abstract: "Load the demo data set (or a seed FILE) into an empty, migrated database.",
        discussion: """
            The demo is the i-HOP evaluation's year (Sept 2013 – Aug 2014), shifted to end today: three \
            officers, the authorities it names with the agencies reached and the events and briefings it \
            counts, the team cap of 4, waitlisted and signposted authorities, follow-ups. It loads in one \
            transaction, only into a database without officers or authorities.
            """,
        positionals: [Positional("FILE", help: "A seed SQL file (default: seeds/demo.sql, or the copy built into engage).", optional: true)],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [Example("engage migrate && engage seed", "Set up a new database with the demo data.")])

    let file: String?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        file = arguments.value("FILE")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let seed = try file.map { try Seed.file(URL(fileURLWithPath: $0)) } ?? Seed.demo(workingDirectory: here)
        let summary = try context.withStore(common) { try $0.load(seed) }
        if common.json { return context.print(try JSONOutput.render(summary)) }
        context.print("loaded \(seed.origin): \(summary.officers) officers, \(summary.authorities) authorities, "
                      + "\(summary.activities) activities, \(summary.openFollowUps) open follow-ups")
    }
}
