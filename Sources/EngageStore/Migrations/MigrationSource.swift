import EngageCore
import FoundationEssentials

/// Where migrations come from: a folder of `.sql` files, or the copies compiled into the binary.
public enum MigrationSource: Equatable, Sendable {
    /// A folder such as the repository's `migrations/`.
    case directory(URL)
    /// The SQL embedded in the binary by `scripts/embed-migrations`, so an installed `engage` works anywhere.
    case embedded

    /// The folder to use when none is named: `$ENGAGE_MIGRATIONS`, else the `migrations/` folder of
    /// the engage repository that contains `workingDirectory` (or a parent of it), else the embedded copies.
    /// - Parameters:
    ///   - environment: The process environment.
    ///   - workingDirectory: Where the command runs.
    public static func discover(environment: [String: String], workingDirectory: URL) -> MigrationSource {
        if let path = environment["ENGAGE_MIGRATIONS"], !path.isEmpty {
            return .directory(URL(fileURLWithPath: path, isDirectory: true))
        }
        guard let root = RepositoryLocator.root(containing: workingDirectory) else { return .embedded }
        return .directory(root.appendingPathComponent("migrations", isDirectory: true))
    }

    /// Where the migrations come from, for people: a path, or "embedded in the binary".
    public var label: String {
        switch self {
        case .directory(let url): url.path
        case .embedded: "embedded in the binary"
        }
    }

    /// Reads the migrations, ordered by version.
    /// - Throws: `EngageError.invalid` for an unreadable folder, a badly named file or a repeated version.
    public func load() throws(EngageError) -> [Migration] {
        let migrations: [Migration]
        switch self {
        case .embedded:
            migrations = try EmbeddedMigrations.files.map { file throws(EngageError) in
                try Migration(fileName: file.name, sql: file.sql)
            }
        case .directory(let url):
            migrations = try Self.read(url)
        }
        return try Self.ordered(migrations)
    }

    private static func read(_ folder: URL) throws(EngageError) -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
        } catch {
            throw EngageError(.invalid, "cannot read the migrations folder \(folder.path)",
                              hint: "check the path, or set ENGAGE_MIGRATIONS")
        }
        var migrations: [Migration] = []
        for name in names {
            let file = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path),
                  let sql = String(data: data, encoding: .utf8) else {
                throw EngageError(.invalid, "cannot read \(file.path) as UTF-8 text", hint: "save it as UTF-8")
            }
            migrations.append(try Migration(fileName: name, sql: sql))
        }
        return migrations
    }

    private static func ordered(_ migrations: [Migration]) throws(EngageError) -> [Migration] {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.version == later.version {
            throw EngageError(.invalid, "migrations \(earlier.fileName) and \(later.fileName) share version \(later.version)",
                              hint: "give the newer one the next free number")
        }
        return sorted
    }
}
