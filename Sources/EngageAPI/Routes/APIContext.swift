import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore

/// What a route's handler works with: the request, who called, the checked body and query, and a
/// store acting as the caller, on a connection lent for this request alone.
public struct APIContext {
    /// The request as received.
    public let request: HTTPRequest
    /// The caller's token; nil only on routes open to everyone.
    public let caller: APIToken?
    /// The store, acting as the caller (the audit log names the token's user).
    public let store: Store
    /// The body's members, checked against the route's schema.
    public let body: Fields
    /// The query's parameters, checked against the route's schema.
    public let query: Fields
    /// Today, in the service's time zone.
    public let today: Day

    /// The path parameter `name` (percent-decoded).
    /// - Throws: `APIError` (404) when the route has no such parameter (a bug in the route).
    public func path(_ name: String) throws(APIError) -> String {
        guard let value = request.parameters[name] else {
            throw APIError(.notFound, code: "not_found", "nothing is at \(request.path)")
        }
        return value
    }

    /// The path parameter `name` as a record id.
    /// - Throws: `APIError` (404) when it is not a positive whole number: no record has that id.
    public func pathID(_ name: String) throws(APIError) -> Int64 {
        let text = try path(name)
        guard let id = Int64(text), id > 0 else {
            throw APIError(.notFound, code: "not_found", "no record has the id '\(text)': ids are positive whole numbers")
        }
        return id
    }

    /// A JSON answer.
    /// - Parameters:
    ///   - value: What to send, encoded with snake_case keys and ISO 8601 dates.
    ///   - status: The status, 200 by default.
    /// - Throws: `EncodingError` (a bug: every value sent is plainly encodable).
    public func json<Value: Encodable>(_ value: Value, status: HTTPStatus = .ok) throws -> HTTPResponse {
        .json(try JSONOutput.data(value), status: status)
    }
}

@available(*, unavailable)
extension APIContext: Sendable {}
