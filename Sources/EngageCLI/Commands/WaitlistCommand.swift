import ArgParse
import EngageCore
import EngageRendering
import FoundationEssentials
import TextTable

/// `engage waitlist`.
struct WaitlistCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "waitlist",
        abstract: "List authorities waiting for a place, oldest first.",
        options: [.value("region", valueName: "REGION", help: "Only this region."), CommonOptions.database, CommonOptions.json],
        examples: [Example("engage waitlist --region NW", "Who waits in the North West, longest first.")])

    let region: Region?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        region = try arguments.value("region").map(Region.parse)
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let entries = try context.withStore(common) { try $0.waitlistEntries() }.filter { region == nil || $0.region == region }
        if common.json { return context.print(try JSONOutput.render(entries)) }
        guard !entries.isEmpty else { return context.print("nobody is waiting") }
        var table = TextTable(columns: [.init("#", .right), .init("AUTHORITY"), .init("REGION"), .init("SINCE"), .init("DAYS", .right)])
        for (index, entry) in entries.enumerated() {
            table.append([String(index + 1), entry.authority, entry.region.name, DateText.day(entry.since),
                          String(Int(Date().timeIntervalSince(entry.since) / 86_400))])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
