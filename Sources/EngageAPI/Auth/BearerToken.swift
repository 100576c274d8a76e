import EngageCore
import EngageHTTP

/// Reads the token from `Authorization: Bearer TOKEN`.
enum BearerToken {
    /// The token a request presents.
    /// - Throws: `APIError` (401) when there is no `Authorization` header, or it is not a
    ///   bearer token.
    static func secret(in request: HTTPRequest) throws(APIError) -> String {
        guard let header = request.headers["Authorization"] else {
            throw .unauthorized("this needs a token: send 'Authorization: Bearer TOKEN' (a manager creates one with 'engage token create')")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw .unauthorized("the Authorization header must be 'Bearer TOKEN'")
        }
        let secret = String(parts[1]).trimmingWhitespace()
        guard !secret.isEmpty else { throw .unauthorized("the Authorization header must be 'Bearer TOKEN'") }
        return secret
    }
}
