import EngageHTTP
import Testing

@Suite("The service's public address")
struct PublicOriginTests {
    @Test("An https address: Secure cookies, absolute redirects", arguments: [
        ("https://engage.example.org", "https://engage.example.org"),
        ("HTTPS://Engage.Example.org/", "https://engage.example.org"),
        ("https://engage.example.org:8443", "https://engage.example.org:8443"),
        ("https://[2001:db8::1]:443/", "https://[2001:db8::1]:443"),
    ])
    func secure(text: String, origin: String) throws {
        let parsed = try PublicOrigin.parse(text).get()
        #expect(parsed.description == origin)
        #expect(parsed.isSecure)
        #expect(parsed.url("/signin") == origin + "/signin")
    }

    @Test("A plain http address is taken, but is not secure")
    func plain() throws {
        let parsed = try PublicOrigin.parse("http://127.0.0.1:8080").get()
        #expect(!parsed.isSecure)
        #expect(parsed.port == 8080)
    }

    @Test("Anything else is refused with a reason", arguments: [
        "engage.example.org", "ftp://engage.example.org", "https://", "https://engage.example.org/board",
        "https://user@engage.example.org", "https://engage.example.org?x=1", "https://engage.example.org:0",
        "https://engage.example.org:99999", "https://engage example.org", "https://engage.example.org:80x",
        "https://[zz::1]", "https://-engage.org",
    ])
    func refused(text: String) {
        guard case .failure(let refusal) = PublicOrigin.parse(text) else {
            Issue.record("'\(text)' was taken")
            return
        }
        #expect(refusal.description.contains(text))
    }
}
