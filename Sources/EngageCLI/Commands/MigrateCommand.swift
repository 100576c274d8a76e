import ArgParse
import EngageRendering
import EngageStore
import FoundationEssentials
import TextTable

/// `engage migrate [--status]`: applies pending migrations, or lists them.
struct MigrateCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "migrate",
        abstract: "Apply pending database migrations, or list them with --status.",
        discussion: """
            Each migration file runs in its own transaction, in version order, under a lock so that \
            two migrators at once are safe. A file edited after it was applied is refused. Migrations \
            come from --dir, else $ENGAGE_MIGRATIONS, else the migrations/ folder of the engage \
            repository you are in, else the copies built into this binary.
            """,
        options: [
            .flag("status", help: "List applied and pending migrations; change nothing."),
            .value("dir", valueName: "PATH", help: "Read migrations from this folder."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage migrate", "Bring the database up to date."),
            Example("engage migrate --status --json", "Show what is applied, for a script."),
        ])

    let statusOnly: Bool
    let source: MigrationSource?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        statusOnly = arguments.flag("status")
        source = arguments.value("dir").map { .directory(URL(fileURLWithPath: $0, isDirectory: true)) }
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let source = source ?? .discover(environment: context.environment,
                                         workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let migrations = try source.load()
        try context.withStore(common) { store in
            if statusOnly {
                try printStatus(try store.migrationStatus(of: migrations), source: source, in: context)
            } else {
                try apply(migrations, source: source, store: store, in: context)
            }
        }
    }

    private func apply(_ migrations: [Migration], source: MigrationSource, store: Store, in context: Context) throws {
        var applied: [AppliedReport.Entry] = []
        try store.migrate(migrations) { migration, duration in
            let milliseconds = Int(duration.components.seconds * 1_000) + Int(duration.components.attoseconds / 1_000_000_000_000_000)
            applied.append(.init(version: migration.version, name: migration.name, durationMs: milliseconds))
            if !common.json { context.print("applied \(migration.name) (\(milliseconds) ms)") }
        }
        let version = migrations.last?.version ?? 0
        if common.json {
            context.print(try JSONOutput.render(AppliedReport(applied: applied, version: version, source: source.label)))
        } else if applied.isEmpty {
            context.print("the database is up to date at version \(version) (migrations \(source.label))")
        } else {
            context.print("the database is at version \(version)")
        }
    }

    private func printStatus(_ status: MigrationStatus, source: MigrationSource, in context: Context) throws {
        let rows = status.entries.map(StatusRow.init) + status.unknown.map { StatusRow(unknown: $0) }
        if common.json {
            context.print(try JSONOutput.render(StatusReport(migrations: rows, version: status.currentVersion, source: source.label)))
            return
        }
        var table = TextTable(columns: [.init("VERSION", .right), .init("NAME"), .init("STATE"), .init("APPLIED")])
        for row in rows {
            table.append([row.version.map(String.init) ?? "?", row.name, row.state, row.appliedAt.map(DateText.day) ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
        let pending = status.pending.count
        context.print("version \(status.currentVersion); \(pending) pending; migrations \(source.label)")
    }

    private struct AppliedReport: Encodable {
        struct Entry: Encodable { let version: Int; let name: String; let durationMs: Int }
        let applied: [Entry]
        let version: Int
        let source: String
    }

    private struct StatusReport: Encodable {
        let migrations: [StatusRow]
        let version: Int
        let source: String
    }

    private struct StatusRow: Encodable {
        let version: Int?
        let name: String
        let state: String
        let appliedAt: Date?

        init(_ entry: MigrationStatus.Entry) {
            version = entry.migration.version
            name = entry.migration.name
            switch entry.state {
            case .applied(let at): (state, appliedAt) = ("applied", at)
            case .changed(let at): (state, appliedAt) = ("changed since applied", at)
            case .pending: (state, appliedAt) = ("pending", nil)
            }
        }

        init(unknown: String) {
            (version, name, state, appliedAt) = (nil, unknown, "unknown to this engage", nil)
        }
    }
}
