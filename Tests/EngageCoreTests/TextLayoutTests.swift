import EngageCore
import Testing

@Suite("Which characters text may hold")
struct TextLayoutTests {
    @Test("One line refuses every control character, line breaks and tabs included",
          arguments: ["a\u{0}b", "a\u{1}b", "a\u{1B}[31mb", "a\nb", "a\rb", "a\tb", "a\u{7F}b", "a\u{85}b", "a\u{9F}b", "a\u{2028}b"])
    func singleLineRefuses(text: String) {
        let found = TextLayout.singleLine.firstForbidden(in: text)
        #expect(found?.position == 2)
        #expect(throws: EngageError.self) { try TextLayout.singleLine.check(text, field: "the title") }
    }

    @Test("Free text keeps line breaks and tabs but refuses NUL and other controls")
    func multiline() {
        #expect(TextLayout.multiline.firstForbidden(in: "first line\r\nsecond\tline\u{2028}third") == nil)
        for text in ["a\u{0}b", "a\u{7}b", "a\u{1B}b", "a\u{7F}b", "a\u{9B}b"] {
            #expect(TextLayout.multiline.firstForbidden(in: text)?.position == 2, "\(text.debugDescription)")
        }
    }

    @Test("Ordinary text in any script passes both layouts",
          arguments: ["Somerset", "Brighton & Hove", "Zoë Ó Súilleabháin", "Łódź – “quoted” …", "日本語", "👩🏽‍💼 emoji", "€20 — £15", ""])
    func ordinaryText(text: String) {
        #expect(TextLayout.singleLine.firstForbidden(in: text) == nil)
        #expect(TextLayout.multiline.firstForbidden(in: text) == nil)
    }

    @Test("The refusal names the field, the character and its place, in one line")
    func message() throws {
        let error = #expect(throws: EngageError.self) { try TextLayout.multiline.check("ab\u{0}", field: "the note") }
        #expect(error?.kind == .invalid)
        #expect(error?.description == "the note contains a NUL character (U+0000) at character 3; remove it; line breaks and tabs are allowed, other control characters are not")
        let escape = TextLayout.singleLine.firstForbidden(in: "x\u{1B}")
        #expect(escape?.name == "an escape character (U+001B)")
    }

    @Test("Names refuse control characters through the same rule")
    func names() {
        #expect(throws: EngageError.self) { try DisplayName.validated("Bury\u{0}", of: "authority") }
        #expect(throws: EngageError.self) { try DisplayName.validated("Bu\u{1B}ry", of: "authority") }
    }
}
