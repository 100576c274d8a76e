/// A file that could not be opened, read or written.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// What was being done: "read", "write".
    public let operation: String
    /// The system's reason, e.g. "No such file or directory".
    public let reason: String

    /// Creates a file error.
    public init(path: String, operation: String, reason: String) {
        (self.path, self.operation, self.reason) = (path, operation, reason)
    }

    /// `cannot read 'x.csv': No such file or directory`.
    public var description: String { "cannot \(operation) '\(path)': \(reason)" }
}
