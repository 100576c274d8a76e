/// One part of a `multipart/form-data` body (RFC 7578): a field's value, or a file.
public struct MultipartPart: Sendable, Equatable {
    /// The field's name (`Content-Disposition: form-data; name="…"`).
    public let name: String
    /// The file's name as the browser gave it, for a file; nil for a plain field. A file input
    /// left empty sends a part with an empty file name and no content.
    public let filename: String?
    /// The part's `Content-Type`, when it gave one.
    public let contentType: String?
    /// The part's content, exactly as sent.
    public let body: [UInt8]

    /// A part from its pieces.
    public init(name: String, filename: String? = nil, contentType: String? = nil, body: [UInt8]) {
        (self.name, self.filename, self.contentType, self.body) = (name, filename, contentType, body)
    }

    /// Whether the part is a file (it names one, even an empty name).
    public var isFile: Bool { filename != nil }

    /// The content as UTF-8 text; nil when it is not UTF-8.
    public var text: String? { String(validating: body, as: UTF8.self) }
}
