import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage authority list [--status S] [--region R]`.
struct AuthorityListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List authorities with their status, stage and lead officer.",
        discussion: "Filters combine: --status active --region NW --stage 2 lists the North West's active authorities at stage 2.",
        options: [
            .value("status", valueName: "STATUS", help: "Only this status: \(AuthorityStatus.allCases.map(\.rawValue).joined(separator: ", "))."),
            .value("region", valueName: "REGION", help: "Only this region."),
            .value("stage", valueName: "N", help: "Only authorities at stage N (1–4)."),
            .value("officer", valueName: "OFFICER", help: "Only authorities this officer leads."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage authority list", "Every authority, by region."),
            Example("engage authority list --status active --region NW --json", "Active North West authorities, for a script."),
        ])

    let filter: AuthorityFilter
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        filter = AuthorityFilter(status: try arguments.value("status").map(AuthorityStatus.parse),
                                 region: try arguments.value("region").map(Region.parse),
                                 stage: try arguments.int("stage", in: 1...4).flatMap(Stage.init(rawValue:)),
                                 officer: arguments.value("officer"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let authorities = try context.withStore(common) { try $0.authorities(filter) }
        if common.json {
            context.print(try JSONOutput.render(authorities))
            return
        }
        guard !authorities.isEmpty else {
            context.print(filter == AuthorityFilter()
                ? "no authorities yet; add one with 'engage authority add NAME --region REGION'"
                : "no authorities match these filters")
            return
        }
        var table = TextTable(columns: [.init("NAME"), .init("REGION"), .init("STATUS"), .init("STAGE", .right),
                                        .init("LEAD OFFICER"), .init("SINCE")])
        for authority in authorities {
            table.append([authority.name, authority.region.name, authority.status.rawValue,
                          authority.stage.map { String($0.rawValue) } ?? "", authority.leadOfficer ?? "",
                          DateText.day(authority.statusChangedAt)])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
