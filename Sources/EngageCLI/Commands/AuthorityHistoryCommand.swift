import ArgParse
import EngageCore
import EngageRendering
import FoundationEssentials
import TextTable

/// `engage authority history NAME`.
struct AuthorityHistoryCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "history",
        abstract: "Show an authority's changes of status and stage, and the days spent in each stage.",
        positionals: [Positional("NAME", help: "The authority, in any case.")],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [Example("engage authority history Somerset", "Every change, who made it and why; then days per stage.")])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let history = try context.withStore(common) { try $0.history(name) }
        let days = StageTimeline.daysPerStage(history)
        if common.json {
            let perStage = Dictionary(uniqueKeysWithValues: days.map { (String($0.key.rawValue), ($0.value * 10).rounded() / 10) })
            context.print(try JSONOutput.render(Report(changes: history, daysInStage: perStage)))
            return
        }
        var table = TextTable(columns: [.init("WHEN"), .init("FROM"), .init("TO"), .init("BY"), .init("WHY")])
        for change in history {
            let why = (change.overridden ? "OVERRIDE: " : "") + (change.reason ?? "")
            table.append([DateText.day(change.changedAt), Self.place(change.fromStatus, change.fromStage),
                          Self.place(change.toStatus, change.toStage), change.changedBy, why])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
        let stays = Stage.allCases.compactMap { stage in days[stage].map { "stage \(stage.rawValue) \(Int($0.rounded())) d" } }
        if !stays.isEmpty { context.print("days in stage: " + stays.joined(separator: ", ")) }
    }

    private static func place(_ status: AuthorityStatus?, _ stage: Stage?) -> String {
        guard let status else { return "" }
        guard let stage, status == .active || status == .paused else { return status.rawValue }
        return "\(status.rawValue) \(stage.rawValue)"
    }

    private struct Report: Encodable {
        let changes: [StageChange]
        let daysInStage: [String: Double]
    }
}
