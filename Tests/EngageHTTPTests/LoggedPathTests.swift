import EngageHTTP
import Testing

/// The access log's path for routes whose path holds a secret.
@Suite("Access log: secret paths")
struct LoggedPathTests {
    private var configuration: HTTPConfiguration {
        var configuration = HTTPConfiguration()
        configuration.secretPathPrefixes = ["/feeds/"]
        return configuration
    }

    @Test("a path under a secret prefix is written as the prefix and an ellipsis, however it is spelt",
          arguments: ["/feeds/0123abcd.ics", "/feeds/", "/FEEDS/0123abcd.ics", "/%66eeds/0123abcd.ics", "/feeds/%ff"])
    func redacted(path: String) {
        #expect(configuration.loggedPath(path) == "/feeds/…")
    }

    @Test("other paths are written as sent; without prefixes nothing is hidden")
    func kept() {
        #expect(configuration.loggedPath("/api/authorities") == "/api/authorities")
        #expect(configuration.loggedPath("/feeds") == "/feeds")
        #expect(HTTPConfiguration().loggedPath("/feeds/0123abcd.ics") == "/feeds/0123abcd.ics")
    }
}
