/// HTTP header fields in the order they were added, looked up by name without regard to case.
///
/// Names compare ASCII case-insensitively (`content-length` finds `Content-Length`); a name may
/// occur more than once. Values are kept as given, without surrounding whitespace.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header field.
    public struct Field: Sendable, Equatable {
        /// The name as it was sent or added.
        public let name: String
        /// The value.
        public let value: String
        fileprivate let key: String
    }

    private var fields: [Field] = []

    /// No fields.
    public init() {}

    /// Fields from `name: value` pairs, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { add(name: name, value: value) }
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The first value for `name`, or nil; setting replaces every field of that name (nil
    /// removes them).
    public subscript(name: String) -> String? {
        get {
            let key = Self.key(name)
            return fields.first { $0.key == key }?.value
        }
        set {
            remove(name: name)
            if let newValue { add(name: name, value: newValue) }
        }
    }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] {
        let key = Self.key(name)
        return fields.filter { $0.key == key }.map(\.value)
    }

    /// Whether any field is called `name`.
    public func contains(_ name: String) -> Bool {
        let key = Self.key(name)
        return fields.contains { $0.key == key }
    }

    /// Adds a field, keeping any others of the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value, key: Self.key(name)))
    }

    /// Removes every field called `name`.
    public mutating func remove(name: String) {
        let key = Self.key(name)
        fields.removeAll { $0.key == key }
    }

    /// Whether a comma-separated header (such as `Connection`) lists `token`, ignoring case.
    public func hasToken(_ token: String, in name: String) -> Bool {
        let wanted = Self.key(token)
        return values(for: name).contains { value in
            value.split(separator: ",").contains { Self.key(String($0).trimmingASCIISpaces()) == wanted }
        }
    }

    /// Fields are equal when they hold the same names (ignoring case) and values in order.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.map { [$0.key, $0.value] } == rhs.fields.map { [$0.key, $0.value] }
    }

    /// The lookup key: the name with ASCII letters lowered.
    static func key(_ name: String) -> String {
        String(decoding: name.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> String {
        let bytes = Array(utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
