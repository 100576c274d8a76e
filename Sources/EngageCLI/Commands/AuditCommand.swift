import ArgParse
import EngageCore
import EngageRendering
import FoundationEssentials
import TextTable

/// `engage audit [--authority A] [--limit N]`.
struct AuditCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "audit",
        abstract: "Read the audit log, newest first: who changed what, when, with before and after.",
        options: [
            .value("authority", valueName: "NAME", help: "Only changes to this authority and its records."),
            .value("limit", valueName: "N", help: "How many rows (default 50, at most 10000)."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [Example("engage audit --authority Somerset", "Everything done to Somerset, newest first."),
                   Example("engage audit --limit 200 --json", "The last 200 changes with their details, for a script.")])

    let authority: String?
    let limit: Int
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = arguments.value("authority")
        limit = try arguments.int("limit", in: 1...10_000) ?? 50
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let entries = try context.withStore(common) { try $0.auditEntries(authority: authority, limit: limit) }
        if common.json { return context.print(try JSONOutput.render(entries.map(Output.init))) }
        guard !entries.isEmpty else { return context.print("no changes recorded") }
        var table = TextTable(columns: [.init("WHEN"), .init("BY"), .init("ACTION"), .init("RECORD"), .init("WHY")])
        for entry in entries {
            let details = JSONValue(parsing: entry.detailsJSON) ?? .null
            table.append([Self.timestamp(entry.at), entry.actor, entry.action, Self.record(entry, details),
                          details["reason"]?.string ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }

    /// The record's name where the details carry one ("authority Somerset"), else its id.
    private static func record(_ entry: AuditEntry, _ details: JSONValue) -> String {
        let named = [details["after"], details["before"]].lazy.compactMap { $0?["name"]?.string }.first
        if let named { return "\(entry.entity) \(named)" }
        return entry.entityId.map { "\(entry.entity) #\($0)" } ?? entry.entity
    }

    private static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return DateText.day(date) + " \((parts.hour ?? 0).zeroPadded(2)):\((parts.minute ?? 0).zeroPadded(2))"
    }

    /// An entry as printed by --json, its details as a JSON object rather than a string.
    private struct Output: Encodable {
        let id: Int64
        let at: Date
        let actor: String
        let action: String
        let entity: String
        let entityId: Int64?
        let details: JSONValue

        init(_ entry: AuditEntry) {
            (id, at, actor, action, entity, entityId) = (entry.id, entry.at, entry.actor, entry.action, entry.entity, entry.entityId)
            details = JSONValue(parsing: entry.detailsJSON) ?? .string(entry.detailsJSON)
        }
    }
}
