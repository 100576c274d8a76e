@testable import EngageCore
import Foundation
import Testing

/// The iCalendar writer: TEXT escaping, folding at 75 octets, and the calendar's shape.
@Suite("iCalendar writer")
struct ICalendarWriterTests {
    @Test("TEXT escapes backslash, semicolon, comma and every kind of line break; other controls become spaces")
    func escaping() {
        #expect(ICalendarWriter.escapeText(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarWriter.escapeText("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarWriter.escapeText("tab\there\u{07}bell\u{7F}") == "tab\there bell ")
        #expect(ICalendarWriter.escapeText(#"\n is not a break"#) == #"\\n is not a break"#)
        #expect(ICalendarWriter.escapeText("colon: and \"quotes\" stay") == "colon: and \"quotes\" stay")
    }

    @Test("a line of 75 octets stays whole; 76 folds, the rest after CRLF and a space")
    func foldingASCII() {
        let exact = String(repeating: "a", count: 75)
        #expect(ICalendarWriter.fold(exact) == exact)
        let long = String(repeating: "b", count: 200)
        let lines = ICalendarWriter.fold(long).components(separatedBy: "\r\n")
        #expect(lines.map(\.utf8.count) == [75, 75, 52])
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
    }

    @Test("a multi-byte character at the fold point moves whole to the next line", arguments: ["é", "€", "😀"])
    func foldingMultiByte(character: String) throws {
        // 74 ASCII octets, then a character of 2, 3 or 4 octets that would straddle octet 75.
        let line = String(repeating: "x", count: 74) + character + "tail"
        let folded = ICalendarWriter.fold(line)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count == 2)
        #expect(lines[0] == String(repeating: "x", count: 74))
        #expect(lines[1] == " " + character + "tail")
        for physical in lines { #expect(physical.utf8.count <= 75) }
        // Every physical line is valid UTF-8 on its own.
        for physical in folded.utf8.split(separator: UInt8(ascii: "\n")) {
            #expect(String(validating: Array(physical), as: UTF8.self) != nil)
        }
    }

    @Test("a long line of multi-byte text folds at scalar boundaries, every line at most 75 octets, and unfolds to itself")
    func foldingManyMultiByte() {
        let text = "SUMMARY:" + String(repeating: "Ünïcødé € 😀 ", count: 30)
        let folded = ICalendarWriter.fold(text)
        for physical in folded.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == text)
    }

    @Test("a calendar: CRLF everywhere, the calendar's properties, one all-day VEVENT per item ending the next day")
    func calendar() throws {
        let created = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        let item = FeedItem(kind: .followUp, id: 12, day: try Day.parse("2026-01-31"), authority: "Dorset",
                            title: "Slides, notes; and \\ more\nplease", details: ["materials"],
                            createdAt: created, modifiedAt: created.addingTimeInterval(90))
        let content = FeedContent(user: "Sam Jones", scope: .own, officer: "Sam Jones", items: [item])
        let text = content.calendar { _ in "https://engage.example.org/authorities/Dorset" }
            .text(stamp: created.addingTimeInterval(3_723))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "no bare CR")
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        for expected in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//engage//calendar feed//EN", "CALSCALE:GREGORIAN",
                         "METHOD:PUBLISH", "X-WR-CALNAME:engage: Sam Jones", "BEGIN:VEVENT", "UID:followup-12@engage",
                         "DTSTAMP:20260101T010203Z", "DTSTART;VALUE=DATE:20260131", "DTEND;VALUE=DATE:20260201",
                         #"SUMMARY:Follow-up · Dorset: Slides\, notes\; and \\ more\nplease"#,
                         "URL:https://engage.example.org/authorities/Dorset", "SEQUENCE:90",
                         "LAST-MODIFIED:20260101T000130Z", "END:VEVENT"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(lines.first { $0.hasPrefix("DESCRIPTION:") } == #"DESCRIPTION:Follow-up · Dorset: Slides\, notes\; and \\ more\nplease\nmaterials\nDue 2026-01-31 (engage followup 12)."#)
    }

    @Test("UTC times by integer arithmetic, before and after 1970; dates with zero padding")
    func times() throws {
        #expect(CalendarTime.utc(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(CalendarTime.utc(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
        #expect(CalendarTime.utc(Date(timeIntervalSince1970: 951_782_400.9)) == "20000229T000000Z")
        #expect(CalendarTime.date(try Day.parse("2026-03-09")) == "20260309")
    }

    @Test("the scope follows the role: an officer their own, a manager and a viewer the team's")
    func scope() {
        #expect(FeedScope.of(.officer) == .own)
        #expect(FeedScope.of(.manager) == .team)
        #expect(FeedScope.of(.viewer) == .team)
    }
}
