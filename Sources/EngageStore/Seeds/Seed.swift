import EngageCore
import FoundationEssentials

/// A seed: SQL that loads a data set (such as the demo) into an empty database.
public struct Seed: Sendable {
    /// Where it came from, for people: a path, or "embedded in the binary".
    public let origin: String
    /// The SQL, several statements, run in one transaction.
    public let sql: String

    /// The demo data set: `seeds/demo.sql` of the repository the command runs in, else the copy
    /// embedded in the binary.
    /// - Parameter workingDirectory: Where the command runs.
    public static func demo(workingDirectory: URL) throws(EngageError) -> Seed {
        guard let root = RepositoryLocator.root(containing: workingDirectory) else {
            return Seed(origin: "embedded in the binary", sql: EmbeddedSeeds.demo)
        }
        return try file(root.appendingPathComponent("seeds/demo.sql"))
    }

    /// A seed file given by path.
    /// - Throws: `EngageError.invalid` when it cannot be read as UTF-8 text.
    public static func file(_ url: URL) throws(EngageError) -> Seed {
        guard let data = FileManager.default.contents(atPath: url.path), let sql = String(data: data, encoding: .utf8) else {
            throw EngageError(.invalid, "cannot read the seed file \(url.path)", hint: "check the path; it must be UTF-8 SQL")
        }
        return Seed(origin: url.path, sql: sql)
    }
}
