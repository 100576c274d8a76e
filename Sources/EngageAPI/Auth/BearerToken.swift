import EngageHTTP

/// Reads the token from `Authorization: Bearer TOKEN`.
enum BearerToken {
    /// The token a request presents.
    /// - Throws: `APIError` (401) when there is no `Authorization` header, or it is not a
    ///   bearer token.
    static func secret(in request: HTTPRequest) throws(APIError) -> String {
        guard request.headers.contains("Authorization") else {
            throw .unauthorized("this needs a token: send 'Authorization: Bearer TOKEN' (a manager creates one with 'engage token create')")
        }
        guard let secret = request.bearerToken else {
            throw .unauthorized("the Authorization header must be 'Bearer TOKEN'")
        }
        return secret
    }
}
