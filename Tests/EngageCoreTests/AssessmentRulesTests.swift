import EngageCore
import Testing

@Suite("Assessment rules: the rating scale, one rating per statement, dates, comparison")
struct AssessmentRulesTests {
    private let today = Day(year: 2014, month: 3, day: 31)!

    private func entry(_ key: String, _ rating: Rating, _ evidence: String? = nil) throws -> NewAssessment.Entry {
        try NewAssessment.Entry(statement: key, rating: rating, evidence: evidence)
    }

    @Test("Ratings 1 to 4 are read, with their labels", arguments: [("1", Rating.notYetInPlace, "not yet in place"),
                                                                    ("2", .emerging, "emerging"), ("3", .developing, "developing"),
                                                                    (" 4 ", .embedded, "embedded")])
    func ratings(text: String, rating: Rating, label: String) throws {
        #expect(try Rating.parse(text, for: "voice") == rating)
        #expect(rating.label == label)
    }

    @Test("Ratings off the scale are refused, stating the scale", arguments: ["0", "5", "x", "", "-1", "2.5", "+2", "12"])
    func offScale(text: String) {
        #expect(throws: EngageError(.invalid, "the rating '\(text)' for voice is not on the scale",
                                    hint: "rate from 1 to 4: 1 not yet in place, 2 emerging, 3 developing, 4 embedded")) {
            try Rating.parse(text, for: "voice")
        }
    }

    @Test("An assessment needs a rating, rates no statement twice, and is not dated after today")
    func newAssessment() throws {
        let made = try NewAssessment(authority: "Bury", date: today, ratings: [try entry("Awareness", .emerging), try entry("voice", .embedded)],
                                     contacts: ["Dana Cole", "dana cole"], participants: [" Head of Virtual School "], today: today)
        #expect(made.ratings.map(\.statement) == ["awareness", "voice"])
        #expect(made.contacts == ["Dana Cole"])
        #expect(made.participants == ["Head of Virtual School"])
        #expect(throws: EngageError.self) { try NewAssessment(authority: "Bury", date: today, ratings: [], today: today) }
        let twice = #expect(throws: EngageError.self) {
            try NewAssessment(authority: "Bury", date: today, ratings: [try entry("voice", .emerging), try entry("VOICE", .embedded)], today: today)
        }
        #expect(twice?.description == "the statement voice is rated twice; rate each statement at most once in an assessment")
        let future = #expect(throws: EngageError.self) {
            try NewAssessment(authority: "Bury", date: today.adding(days: 1), ratings: [try entry("voice", .emerging)], today: today)
        }
        #expect(future?.message == "the assessment's date 2014-04-01 is in the future")
    }

    @Test("--rate KEY=N and --note KEY=TEXT: notes join their rating; malformed, off-scale and stray notes are refused")
    func options() throws {
        let entries = try NewAssessment.entries(rates: ["awareness=2", "Voice=1"], notes: ["voice=No child's view recorded; none = asked"])
        #expect(entries == [try entry("awareness", .emerging), try entry("voice", .notYetInPlace, "No child's view recorded; none = asked")])
        for (rates, notes) in [(["awareness"], [String]()), (["=2"], []), (["awareness=5"], []), (["awareness=x"], []),
                               (["awareness=2"], ["voice=stray"]), (["awareness=2"], ["awareness=a", "awareness=b"])] {
            #expect(throws: EngageError.self, "\(rates) \(notes)") { try NewAssessment.entries(rates: rates, notes: notes) }
        }
    }

    @Test("CSV rows: optional header, blank rows unrated, a bad row named by its line")
    func csv() throws {
        let entries = try NewAssessment.entries(csv: [(1, ["statement", "rating", "evidence"]), (2, ["awareness", "2", "Briefed in March"]),
                                                      (3, ["voice", "", ""]), (5, ["stigma", "4"])])
        #expect(entries == [try entry("awareness", .emerging, "Briefed in March"), try entry("stigma", .embedded)])
        let bad = #expect(throws: EngageError.self) {
            try NewAssessment.entries(csv: [(1, ["awareness", "2", ""]), (2, ["voice", "7", "x"])])
        }
        #expect(bad?.message == "line 2: the rating '7' for voice is not on the scale")
        let noRating = #expect(throws: EngageError.self) { try NewAssessment.entries(csv: [(4, ["voice", "", "some evidence"])]) }
        #expect(noRating?.message == "line 4: the statement voice has evidence but no rating")
        #expect(throws: EngageError.self) { try NewAssessment.entries(csv: [(1, ["voice", "2", "x", "extra"])]) }
    }

    @Test("Comparison: per statement in position order, change latest minus earlier, blank when either is missing")
    func comparison() throws {
        let statements = [QualityStatement(key: "voice", position: 3, title: "Voice", description: "d"),
                          QualityStatement(key: "awareness", position: 1, title: "Awareness", description: "d"),
                          QualityStatement(key: "stigma", position: 7, title: "Stigma", description: "d"),
                          QualityStatement(key: "support", position: 6, title: "Support", description: "d")]
        let first = Assessment(id: 1, authority: "Bury", assessedOn: today.adding(days: -90), participants: [], ratings: [
            .init(statement: "awareness", rating: .emerging, evidence: nil), .init(statement: "voice", rating: .embedded, evidence: nil),
            .init(statement: "stigma", rating: .developing, evidence: nil)])
        let latest = Assessment(id: 2, authority: "Bury", assessedOn: today, participants: [], ratings: [
            .init(statement: "awareness", rating: .developing, evidence: "Workshop held"), .init(statement: "voice", rating: .emerging, evidence: nil),
            .init(statement: "stigma", rating: .developing, evidence: nil), .init(statement: "support", rating: .emerging, evidence: nil)])
        let compared = AssessmentComparison(statements: statements, latest: latest, earlier: first, basis: .first)
        #expect(compared.statements.map(\.statement) == ["awareness", "voice", "support", "stigma"])
        #expect(compared.statements.map(\.change) == [1, -2, nil, 0])
        #expect(compared.statements.map(\.changeText) == ["+1", "-2", "", "="])
        #expect(compared.statements.first?.evidence == "Workshop held")
        let single = AssessmentComparison(statements: statements, latest: latest, earlier: nil, basis: .previous)
        #expect(single.basis == nil)
        #expect(single.statements.map(\.change) == [nil, nil, nil, nil])
        #expect(single.statements.map(\.latest) == [.developing, .emerging, .emerging, .developing])
        let middle = Assessment(id: 3, authority: "Bury", assessedOn: today, participants: [], ratings: [])
        #expect(AssessmentComparison.earlier(among: [first, middle, latest], basis: .first) == first)
        #expect(AssessmentComparison.earlier(among: [first, middle, latest], basis: .previous) == middle)
        #expect(AssessmentComparison.earlier(among: [latest], basis: .first) == nil)
        #expect(latest.meanRating == 2.5)
    }
}
