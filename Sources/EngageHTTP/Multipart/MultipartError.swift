/// Why a body that says it is `multipart/form-data` could not be read: one sentence, naming
/// what is wrong (never quoting the content).
public struct MultipartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. "the body ends before its closing boundary".
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
