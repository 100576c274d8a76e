/// Server settings a connection applies to its session when it opens, such as
/// `statement_timeout`: sent in the startup packet (no extra round trip), or with `set_config`
/// when a conninfo's own `options` replaced them.
///
/// ```swift
/// let connection = try Connection(url, sessionSettings: ["statement_timeout": "5000"])
/// ```
public struct SessionSettings: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The settings by name, e.g. `statement_timeout` → `5000` (milliseconds).
    public private(set) var values: [String: String]

    /// Settings from name–value pairs.
    /// - Precondition: Each name is a setting's name (letters, digits, `_` and `.`), as written by
    ///   the program, never by a user.
    public init(_ values: [String: String]) {
        precondition(values.keys.allSatisfy(Self.isSettingName), "session setting names are written by the program: \(values.keys.sorted())")
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The settings as libpq's `options`: ` -c name=value` each, with spaces and backslashes in
    /// values escaped as the server reads them.
    var startupOptions: String {
        values.sorted { $0.key < $1.key }.map { name, value in
            let escaped = value.replacing("\\", with: "\\\\").replacing(" ", with: "\\ ")
            return " -c \(name)=\(escaped)"
        }.joined()
    }

    private static func isSettingName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }
}
