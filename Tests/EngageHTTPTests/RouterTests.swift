import EngageHTTP
import Testing

@Suite("Routing")
struct RouterTests {
    private struct Teapot: HTTPError {
        var status: HTTPStatus { HTTPStatus(code: 418, reasonPhrase: "I'm a teapot") }
        var message: String { "short and stout" }
    }

    private struct Hidden: Error {}

    private func router() -> Router {
        var router = Router()
        router.get("/api/authorities") { _ in .json(#"["all"]"#) }
        router.get("/api/authorities/:name") { request in .text("one \(request.parameters["name"] ?? "?")") }
        router.get("/api/authorities/:name/history") { request in
            .json(#"{"history":"\#(request.parameters["name"] ?? "?")"}"#, headers: ["X-Extra": "yes"])
        }
        router.get("/api/authorities/special") { _ in .text("literal wins") }
        router.post("/api/authorities") { request in .json(request.body, status: .created) }
        router.delete("/api/authorities/:name") { _ in HTTPResponse(status: .noContent) }
        router.get("/teapot") { _ in throw Teapot() }
        router.get("/hidden") { _ in throw Hidden() }
        router.get("/missing/:id") { request in
            throw HTTPStatusError(.notFound, code: "no_such_thing", message: "no thing \(request.parameters["id"] ?? "")")
        }
        return router
    }

    private func respond(_ method: HTTPMethod, _ target: String, body: String = "") throws -> HTTPResponse {
        router().respond(to: try HTTPRequest(method: method, target: target, body: Array(body.utf8)))
    }

    @Test("Routes by method and path; parameters are captured")
    func parameters() throws {
        #expect(try respond(.get, "/api/authorities").bodyText == #"["all"]"#)
        #expect(try respond(.get, "/api/authorities/Somerset").bodyText == "one Somerset")
        let history = try respond(.get, "/api/authorities/Somerset/history?from=2024")
        #expect(history.bodyText == #"{"history":"Somerset"}"#)
        #expect(history.headers["content-type"] == "application/json; charset=utf-8")
        #expect(try respond(.post, "/api/authorities", body: #"{"a":1}"#).status == .created)
        #expect(try respond(.delete, "/api/authorities/x").status == .noContent)
    }

    @Test("Path segments are percent-decoded after splitting, so %2F stays in its segment")
    func percentDecoding() throws {
        #expect(try respond(.get, "/api/authorities/Bristol%2C%20City%20of").bodyText == "one Bristol, City of")
        #expect(try respond(.get, "/api/authorities/a%2Fb/history").bodyText == #"{"history":"a/b"}"#)
        #expect(try respond(.get, "/api/authorities/Ynys%20M%C3%B4n").bodyText == "one Ynys Môn")
        #expect(try respond(.get, "/api/%61uthorities").bodyText == #"["all"]"#)
        let bad = try respond(.get, "/api/authorities/%zz")
        #expect(bad.status == .badRequest)
        #expect(try respond(.get, "/api/authorities/%FF").status == .badRequest)
    }

    @Test("A literal segment wins over a parameter")
    func specificity() throws {
        #expect(try respond(.get, "/api/authorities/special").bodyText == "literal wins")
    }

    @Test("Unknown path: 404 with the JSON error body")
    func notFound() throws {
        let response = try respond(.get, "/nowhere")
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == HTTPResponse.jsonContentType)
        #expect(response.bodyText == #"{"error":{"code":"not_found","message":"nothing is at /nowhere"}}"#)
        #expect(try respond(.get, "/api/authorities/").status == .notFound)
        #expect(try respond(.get, "/api/authorities//history").status == .notFound)
    }

    @Test("Known path, wrong method: 405 with Allow listing the methods (HEAD with GET)")
    func methodNotAllowed() throws {
        let response = try respond(.put, "/api/authorities")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST")
        #expect(response.bodyText.contains(#""code":"method_not_allowed""#))
        #expect(try respond(.post, "/api/authorities/x").headers["allow"] == "DELETE, GET, HEAD")
    }

    @Test("HEAD is answered by the GET route: same status and headers, the body's length, no body")
    func head() throws {
        let get = try respond(.get, "/api/authorities/Somerset/history")
        let head = try respond(.head, "/api/authorities/Somerset/history")
        #expect(head.status == get.status)
        #expect(head.body.isEmpty)
        #expect(head.headers["Content-Length"] == String(get.body.count))
        #expect(head.headers["X-Extra"] == "yes")
        #expect(head.headers["Content-Type"] == get.headers["Content-Type"])
        #expect(try respond(.head, "/nowhere").status == .notFound)
    }

    @Test("Thrown HTTP errors answer with their status; other errors are a 500 that hides them")
    func errors() throws {
        let teapot = try respond(.get, "/teapot")
        #expect(teapot.status.code == 418)
        #expect(teapot.bodyText == #"{"error":{"code":"i_m_a_teapot","message":"short and stout"}}"#)
        let missing = try respond(.get, "/missing/7")
        #expect(missing.bodyText == #"{"error":{"code":"no_such_thing","message":"no thing 7"}}"#)
        let hidden = try respond(.get, "/hidden")
        #expect(hidden.status == .internalServerError)
        #expect(!hidden.bodyText.contains("Hidden"))
    }

    @Test("Unexpected errors reach onUnexpectedError")
    func unexpectedErrorHook() throws {
        let seen = Seen()
        var router = Router { error, request in seen.record("\(request.path): \(type(of: error))") }
        router.get("/boom") { _ in throw Hidden() }
        _ = router.respond(to: try HTTPRequest(method: .get, target: "/boom"))
        #expect(seen.values == ["/boom: Hidden"])
    }
}
