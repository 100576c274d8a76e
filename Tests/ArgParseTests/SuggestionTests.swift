import ArgParse
import Testing

@Suite("Suggestion")
struct SuggestionTests {
    @Test func findsCloseTypos() {
        #expect(Suggestion.nearest(to: "ofiser", among: ["report", "officer"]) == "officer")
        #expect(Suggestion.nearest(to: "regoin", among: ["cap", "region", "json"]) == "region")
        #expect(Suggestion.nearest(to: "LIST", among: ["add", "list"]) == "list")
    }

    @Test func returnsNilWhenNothingIsClose() {
        #expect(Suggestion.nearest(to: "frobnicate", among: ["officer", "report"]) == nil)
        #expect(Suggestion.nearest(to: "x", among: ["ls", "cd"]) == nil)
        #expect(Suggestion.nearest(to: "anything", among: []) == nil)
    }

    @Test func thresholdGrowsWithLength() {
        // 13 letters → threshold 4; three edits away still matches.
        #expect(Suggestion.nearest(to: "engagmentsxyz", among: ["engagements"]) == "engagements")
        // 6 letters → threshold 2; three edits away does not.
        #expect(Suggestion.nearest(to: "regxyz", among: ["region"]) == nil)
    }

    @Test func prefersTheClosestThenTheEarliest() {
        #expect(Suggestion.nearest(to: "cat", among: ["cart", "cap", "cat"]) == "cat")
        #expect(Suggestion.nearest(to: "cas", among: ["cap", "car"]) == "cap")
    }
}
