import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage workload`.
struct WorkloadCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "workload",
        abstract: "Each officer's active authorities against their cap, days in stage, open follow-ups, and the waitlist.",
        options: [CommonOptions.database, CommonOptions.json],
        examples: [Example("engage workload", "The Monday view: who holds what, who is full, who waits.")])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let workload = try context.withStore(common) { try $0.workload() }
        if common.json { return context.print(try JSONOutput.render(workload)) }
        var table = TextTable(columns: [.init("OFFICER"), .init("LOAD", .right), .init("AUTHORITY"), .init("STAGE", .right),
                                        .init("DAYS", .right), .init("FOLLOW-UPS", .right)])
        for officer in workload.officers {
            let load = "\(officer.active.count)/\(officer.cap)" + (officer.isAtCap ? " FULL" : "")
            let first = officer.active.first
            table.append([officer.name, load, first?.name ?? "—", first.map { String($0.stage.rawValue) } ?? "",
                          first.map { String($0.daysInStage) } ?? "", first.map { String($0.openFollowUps) } ?? ""])
            for authority in officer.active.dropFirst() {
                table.append(["", "", authority.name, String(authority.stage.rawValue), String(authority.daysInStage),
                              String(authority.openFollowUps)])
            }
        }
        context.print(workload.officers.isEmpty ? "no officers yet" : table.render(maxWidth: context.terminalWidth))
        context.print(Self.footer(workload))
    }

    private static func footer(_ workload: Workload) -> String {
        var lines = [SettingsShowCommand.describe(workload.team) + (workload.team.isFull ? " — the team is FULL" : "")]
        let full = workload.officers.filter(\.isAtCap).map(\.name)
        if !full.isEmpty { lines.append("at cap: " + full.joined(separator: ", ")) }
        let waiting = workload.waitlist.map { "\($0.region.name) \($0.waiting)" }
        lines.append(waiting.isEmpty ? "waitlist: nobody waiting" : "waitlist: " + waiting.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
