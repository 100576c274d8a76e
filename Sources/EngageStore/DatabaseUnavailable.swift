/// The database could not be reached, or the link to it broke: nothing was changed.
///
/// Faces report it apart from refusals (the CLI exits 69, the service answers 503).
public struct DatabaseUnavailable: Error, Sendable, CustomStringConvertible {
    /// libpq's explanation, e.g. "connection to server on socket … failed: No such file or directory".
    public let reason: String

    public var description: String { "cannot reach the database: \(reason)" }
}
