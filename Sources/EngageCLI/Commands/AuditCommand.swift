import ArgParse
import EngageCore
import Foundation
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
    let database: String?
    let json: Bool

    init(arguments: ParsedArguments) throws {
        authority = arguments.value("authority")
        limit = try arguments.int("limit", in: 1...10_000) ?? 50
        database = arguments.value("database")
        json = arguments.flag("json")
    }

    func run(in context: Context) throws {
        let entries = try context.withStore(database: database) { try $0.auditEntries(authority: authority, limit: limit) }
        if json { return context.print(try Self.json(entries)) }
        guard !entries.isEmpty else { return context.print("no changes recorded") }
        var table = TextTable(columns: [.init("WHEN"), .init("BY"), .init("ACTION"), .init("RECORD"), .init("WHY")])
        for entry in entries {
            let details = (try? JSONSerialization.jsonObject(with: Data(entry.detailsJSON.utf8))) as? [String: Any] ?? [:]
            table.append([Self.timestamp(entry.at), entry.actor, entry.action, Self.record(entry, details),
                          details["reason"] as? String ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }

    /// The record's name where the details carry one ("authority Somerset"), else its id.
    private static func record(_ entry: AuditEntry, _ details: [String: Any]) -> String {
        let named = [details["after"], details["before"]].lazy.compactMap { ($0 as? [String: Any])?["name"] as? String }.first
        if let named { return "\(entry.entity) \(named)" }
        return entry.entityId.map { "\(entry.entity) #\($0)" } ?? entry.entity
    }

    private static func timestamp(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return DateText.day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The entries with their details as JSON objects, not strings.
    private static func json(_ entries: [AuditEntry]) throws -> String {
        let objects: [[String: Any]] = entries.map { entry in
            var object: [String: Any] = ["id": entry.id, "at": ISO8601DateFormatter().string(from: entry.at), "actor": entry.actor,
                                         "action": entry.action, "entity": entry.entity]
            object["entity_id"] = entry.entityId
            object["details"] = (try? JSONSerialization.jsonObject(with: Data(entry.detailsJSON.utf8))) ?? entry.detailsJSON
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
