/// Everything the wrapper can throw.
///
/// `description` is short and safe to show a user; `debugDescription` carries every detail.
public enum PostgresError: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// No connection could be made (server down, wrong socket or host, authentication refused).
    case connectionFailed(message: String)
    /// The connection broke while in use (server restart, network failure).
    case connectionLost(message: String)
    /// The connection was used after `close()`.
    case connectionClosed
    /// The server refused a statement; the value carries SQLSTATE, detail, hint and constraint.
    case server(ServerError)
    /// A column's value could not be decoded as the requested Swift type.
    case decoding(DecodingFailure)
    /// The API was used in a way it does not support, e.g. a transaction inside a transaction.
    case misuse(String)
    /// A parameter's text holds a NUL character, which PostgreSQL's text cannot store and libpq
    /// would silently cut at; nothing was sent. Callers check text before it reaches a statement.
    case nulInParameter(position: Int)
    /// The server answered with a result the call did not expect (e.g. no COPY state after a COPY).
    case unexpectedResult(String)

    /// The server error, when this is one.
    public var serverError: ServerError? {
        if case .server(let error) = self { return error }
        return nil
    }

    /// The SQLSTATE of a server error, when this is one.
    public var sqlState: SQLState? { serverError?.sqlState }

    /// Whether the database could not be reached or went away, as opposed to refusing a statement.
    public var isConnectivityFailure: Bool {
        switch self {
        case .connectionFailed, .connectionLost: true
        case .server(let error): error.sqlState.isConnectionFailure
        default: false
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let message): "could not connect to the database: \(message)"
        case .connectionLost(let message): "the database connection was lost: \(message)"
        case .connectionClosed: "the database connection is closed"
        case .server(let error): error.description
        case .decoding(let failure): failure.description
        case .misuse(let message): message
        case .nulInParameter(let position): "parameter $\(position) holds a NUL character, which PostgreSQL text cannot store; nothing was sent"
        case .unexpectedResult(let message): "unexpected result from the database: \(message)"
        }
    }

    public var debugDescription: String {
        switch self {
        case .server(let error): error.debugDescription
        case .decoding(let failure): failure.debugDescription
        default: description
        }
    }
}
