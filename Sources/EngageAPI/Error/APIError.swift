import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore

/// An error the API answers with its status and JSON body,
/// `{"error": {"code": "capacity_exceeded", "message": "…", "details": {…}}}`.
///
/// Every refusal a user can cause maps to one (`APIError(_:)`), so that none becomes a 500.
public struct APIError: HTTPError, Sendable {
    /// The response status.
    public let status: HTTPStatus
    /// A stable, machine-readable code.
    public let code: String
    /// One line for people: what went wrong with which record, then what to do.
    public let message: String
    /// Facts for programs.
    public let details: [String: JSONValue]
    /// Extra response headers (`Retry-After`, `WWW-Authenticate`).
    public let headers: HTTPHeaders

    /// An error from its parts.
    public init(_ status: HTTPStatus, code: String, _ message: String, details: [String: JSONValue] = [:],
                headers: HTTPHeaders = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers
    }

    /// The details as JSON text, or nil when there are none.
    public var detailsJSON: String? {
        guard !details.isEmpty, let bytes = try? JSONOutput.data(JSONValue.object(details)) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The request needs a token and has none, or a token that is unknown or revoked.
    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", message,
                 headers: ["WWW-Authenticate": #"Bearer realm="engage""#])
    }

    /// The token's role may not do this, or an officer asked about another officer's authority.
    static func forbidden(_ message: String) -> APIError {
        APIError(.forbidden, code: "forbidden", message)
    }

    /// The request's JSON does not parse.
    static func malformed(_ message: String) -> APIError {
        APIError(.badRequest, code: "malformed_request", message)
    }

    /// A field or parameter is missing, unknown, or of the wrong type or range.
    static func invalid(_ message: String, field: String) -> APIError {
        APIError(.unprocessableContent, code: "invalid_field", message, details: ["field": .string(field)])
    }
}

extension APIError {
    /// The API's answer to an error thrown while serving a request, or nil for an error no
    /// user can cause (a bug, answered 500 without its text).
    /// - Parameter error: What the store, the domain or the request's checks threw.
    public init?(_ error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case let error as EngageError:
            self = APIError(engage: error)
        case let refused as ImportRefused:
            self = APIError(importRefused: refused)
        case let unavailable as DatabaseUnavailable:
            self = APIError(.serviceUnavailable, code: "database_unavailable",
                            "the database cannot be reached; nothing was changed; try again shortly",
                            details: ["reason": .string(unavailable.reason)], headers: ["Retry-After": "5"])
        case let busy as DatabaseBusy:
            let code = busy.cause == .statementTimeout ? "statement_timeout" : "write_conflict"
            self = APIError(.serviceUnavailable, code: code, "\(busy.description); nothing was changed; try again shortly",
                            headers: ["Retry-After": "2"])
        case is StoreBusy:
            self = APIError(.serviceUnavailable, code: "busy",
                            "every database connection is busy; nothing was changed; try again shortly",
                            headers: ["Retry-After": "1"])
        default:
            return nil
        }
    }

    private init(engage error: EngageError) {
        let (status, kindCode): (HTTPStatus, String) = switch error.kind {
        case .invalid: (.unprocessableContent, "invalid")
        case .notFound: (.notFound, "not_found")
        case .duplicate: (.conflict, "duplicate")
        case .refused: (.conflict, "refused")
        case .forbidden: (.forbidden, "forbidden")
        }
        var details = error.details.mapValues(JSONValue.init(detail:))
        if let hint = error.hint { details["hint"] = .string(hint) }
        self.init(status, code: error.code ?? kindCode, error.description, details: details)
    }

    private init(importRefused refused: ImportRefused) {
        let rows: [JSONValue] = refused.errors.map { row in
            ["line": .integer(Int64(row.line)), "column": .string(row.column), "message": .string(row.message)]
        }
        self.init(.unprocessableContent, code: "import_refused", refused.summary,
                  details: ["rows": .integer(Int64(refused.rows)), "bad": .integer(Int64(refused.bad)),
                            "errors": .array(rows), "hint": "fix them and import again, or pass skip_bad=true to load the good rows"])
    }
}

extension JSONValue {
    /// The JSON for a refusal's detail.
    init(detail: ErrorDetail) {
        switch detail {
        case .text(let text): self = .string(text)
        case .number(let number): self = .integer(Int64(number))
        case .list(let list): self = .array(list.map(JSONValue.string))
        }
    }
}
