import EngageCore

/// One SQL migration file: `NNNN_name.sql`, applied once, in version order, never edited after.
public struct Migration: Equatable, Sendable {
    /// The number before the first underscore, e.g. 1 for `0001_initial.sql`.
    public let version: Int
    /// The file name, e.g. `0001_initial.sql`.
    public let fileName: String
    /// The SQL text, applied as it is.
    public let sql: String

    /// Reads a migration from a file's name and content.
    /// - Parameters:
    ///   - fileName: The name, which must look like `0001_initial.sql`.
    ///   - sql: The file's content.
    /// - Throws: `EngageError.invalid` when the name does not follow the pattern.
    public init(fileName: String, sql: String) throws(EngageError) {
        guard let version = Self.version(of: fileName) else {
            throw EngageError(.invalid, "migration file '\(fileName)' is not named like 0001_description.sql",
                              hint: "rename it: four digits, an underscore, lower-case words, .sql")
        }
        self.version = version
        self.fileName = fileName
        self.sql = sql
    }

    /// The name without its extension, e.g. `0001_initial`.
    public var name: String { String(fileName.dropLast(4)) }

    static func version(of fileName: String) -> Int? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        let parts = stem.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
              let version = Int(parts[0]), version > 0,
              parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else { return nil }
        return version
    }
}
