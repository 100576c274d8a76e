import ArgParse
import EngageCore
import EngageRendering

/// `engage briefing send TITLE (--authority A | --network N | --agency NAME --in AUTHORITY) --date D`.
struct BriefingSendCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "send",
        abstract: "Record that a briefing was sent to an authority, a network or an agency.",
        discussion: """
            Give exactly one recipient. Networks (Clinks, CJA, Women in Prison, prison visitors' centres, …) \
            are added the first time a briefing is sent through them.
            """,
        positionals: [Positional("TITLE", help: "The briefing's title, in any case.")],
        options: [
            .value("authority", valueName: "NAME", help: "Sent to this authority."),
            .value("network", valueName: "NAME", help: "Sent through this network."),
            .value("agency", valueName: "NAME", help: "Sent to this agency (with --in)."),
            .value("in", valueName: "AUTHORITY", help: "The authority of the --agency."),
            .value("date", valueName: "YYYY-MM-DD", help: "When it was sent.", required: true),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage briefing send "Health briefing" --network Clinks --date 2014-02-10"#, "Sent through Clinks."),
            Example(#"engage briefing send "Somerset briefing" --agency "Somerset LSCB" --in Somerset --date 2014-03-01"#,
                    "Sent to Somerset's LSCB."),
        ])

    let sending: Briefing.Sending
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        sending = try Briefing.Sending(title: try arguments.required("TITLE"), recipient: try Self.recipient(arguments),
                                       sentOn: try Day.parse(try arguments.required("date")), today: Day.today())
        common = CommonArguments(arguments)
    }

    private static func recipient(_ arguments: ParsedArguments) throws -> Briefing.Recipient {
        let path = ["engage", "briefing", "send"]
        let given = ["authority", "network", "agency"].filter { arguments.value($0) != nil }
        guard given.count == 1 else {
            throw UsageError("give exactly one of '--authority', '--network', '--agency' for 'engage briefing send'", commandPath: path)
        }
        if let agency = arguments.value("agency") {
            guard let authority = arguments.value("in") else {
                throw UsageError("'--agency' needs '--in AUTHORITY' for 'engage briefing send'", commandPath: path)
            }
            return .agency(agency, in: authority)
        }
        guard arguments.value("in") == nil else {
            throw UsageError("'--in' goes only with '--agency' for 'engage briefing send'", commandPath: path)
        }
        if let network = arguments.value("network") { return .network(network) }
        return .authority(try arguments.required("authority"))
    }

    func run(in context: Context) throws {
        let sent = try context.withStore(common) { try $0.sendBriefing(sending) }
        if common.json {
            context.print(try JSONOutput.render(sent))
        } else {
            context.print("recorded '\(sent.briefing)' sent to \(sent.recipientKind) \(sent.recipient) on \(sent.sentOn)")
        }
    }
}
