import EngageHTTP
import TestSupport
import Testing

@Suite("Headers a production service sends")
struct ResponseHeaderPolicyTests {
    private let policy = ResponseHeaderPolicy.standard

    @Test("Every answer: nosniff, same-origin referrers, and no-store unless the handler allows caching")
    func everyAnswer() {
        let json = policy.applied(to: .json(#"{"a":1}"#))
        #expect(json.headers["X-Content-Type-Options"] == "nosniff")
        #expect(json.headers["Referrer-Policy"] == "same-origin")
        #expect(json.headers["Cache-Control"] == "no-store")
        #expect(json.headers["Content-Security-Policy"] == nil, "the policy is for pages")

        let cached = policy.applied(to: HTTPResponse(headers: ["Cache-Control": "public, max-age=60"]))
        #expect(cached.headers.values(for: "Cache-Control") == ["public, max-age=60"])
    }

    @Test("HTML answers carry a policy with no script at all and no framing")
    func pages() throws {
        let page = policy.applied(to: HTTPResponse(headers: ["Content-Type": "TEXT/HTML; charset=utf-8"], body: Array("<p>".utf8)))
        let csp = try #require(page.headers["Content-Security-Policy"])
        let directives = Dictionary(uniqueKeysWithValues: csp.split(separator: ";").map { part -> (String, String) in
            let words = part.split(separator: " ", maxSplits: 1).map(String.init)
            return (words[0], words.count > 1 ? words[1] : "")
        })
        #expect(directives["default-src"] == "'none'", "no script-src: scripts fall back to none")
        #expect(directives["script-src"] == nil)
        #expect(directives["frame-ancestors"] == "'none'")
        #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"))
    }

    @Test("The server adds them to the handlers' answers and to its own errors")
    func overTheWire() throws {
        var router = Router()
        router.get("/hello") { _ in .text("hello") }
        try withServer(router: router) { _, port in
            let client = try #require(RawClient(port: port))
            client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let answer = try #require(client.readResponse())
            #expect(answer.header("X-Content-Type-Options") == "nosniff")
            #expect(answer.header("Cache-Control") == "no-store")

            let broken = try #require(RawClient(port: port))
            broken.send("NOT A REQUEST\r\n\r\n")
            let refusal = try #require(broken.readResponse())
            #expect(refusal.status == 400)
            #expect(refusal.header("X-Content-Type-Options") == "nosniff")
            #expect(refusal.header("Referrer-Policy") == "same-origin")
        }
    }
}
