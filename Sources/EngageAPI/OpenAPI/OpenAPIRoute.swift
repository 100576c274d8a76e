import EngageHTTP

/// `GET /openapi.json`: the document describing every route, itself included.
enum OpenAPIRoute {
    static func make(describing routes: [APIRoute], version: String) -> APIRoute {
        let placeholder = route(body: [])
        let document = OpenAPIDocument(routes: routes + [placeholder], version: version).bytes
        return route(body: document)
    }

    private static func route(body: [UInt8]) -> APIRoute {
        APIRoute(.get, "/openapi.json", operationID: "openAPIDocument",
                 summary: "This API's OpenAPI 3.1 document (no token needed)", access: .everyone,
                 response: .json("The OpenAPI document.", .anyObject),
                 handler: .plain { _ in .json(body) })
    }
}
