import ArgParse
import Testing

@Suite("ArgumentParser")
struct ArgumentParserTests {
    @Test func separateAndInlineValues() throws {
        let parsed = try Fixtures.parseAdd(["Sam", "--region", "North West", "--cap=3"])
        #expect(parsed.value("region") == "North West")
        #expect(parsed.value("cap") == "3")
        #expect(parsed.value("NAME") == "Sam")
        #expect(parsed.value("EMAIL") == nil)
        #expect(!parsed.helpRequested)
    }

    @Test func inlineValueMayContainEquals() throws {
        let parsed = try Fixtures.parseAdd(["Sam", "--region=a=b", "--rate", "x=1"])
        #expect(parsed.value("region") == "a=b")
        #expect(parsed.values("rate") == ["x=1"])
    }

    @Test func flagsAreSetOnlyWhenGiven() throws {
        let with = try Fixtures.parseAdd(["Sam", "--region", "X", "--json"])
        let without = try Fixtures.parseAdd(["Sam", "--region", "X"])
        #expect(with.flag("json"))
        #expect(!without.flag("json"))
    }

    @Test func flagWithInlineValueIsAnError() {
        #expect(Fixtures.addError(["Sam", "--region", "X", "--json=yes"])
            == "flag '--json' does not take a value")
        #expect(Fixtures.addError(["Sam", "--region", "X", "--help=yes"])
            == "flag '--help' does not take a value")
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try Fixtures.parseAdd(["--region", "X", "--", "--json", "-h"])
        #expect(parsed.value("NAME") == "--json")
        #expect(parsed.value("EMAIL") == "-h")
        #expect(!parsed.flag("json"))
        #expect(!parsed.helpRequested)
    }

    @Test(arguments: [["-h"], ["--help"], ["Sam", "--help"], ["--cap", "x", "-h"], ["--bogus", "--help"]])
    func helpAnywhereSkipsRequiredChecks(arguments: [String]) throws {
        let parsed = try Fixtures.parseAdd(arguments)
        #expect(parsed.helpRequested)
    }

    @Test func helpKeepsWhatWasParsedBeforeIt() throws {
        let parsed = try Fixtures.parseAdd(["Sam", "--cap", "4", "--help"])
        #expect(parsed.helpRequested)
        #expect(parsed.value("NAME") == "Sam")
        #expect(parsed.value("cap") == "4")
    }

    @Test func valueOptionAtEndNeedsAValue() {
        #expect(Fixtures.addError(["Sam", "--region"]) == "option '--region' needs a value")
    }

    @Test(arguments: [["--region", "--cap", "3"], ["--region", "--cap=3"], ["--region", "--"]])
    func valueOptionFollowedByKnownOptionNeedsAValue(arguments: [String]) {
        #expect(Fixtures.addError(["Sam"] + arguments) == "option '--region' needs a value")
    }

    @Test func unknownDashTokenAsValueSuggestsInlineForm() {
        #expect(Fixtures.addError(["Sam", "--region", "-x"])
            == "option '--region' needs a value; write '--region=-x' to pass a value starting with '-'")
        let parsed = try? Fixtures.parseAdd(["Sam", "--region=-x"])
        #expect(parsed?.value("region") == "-x")
    }

    @Test(arguments: ["-1", "-25", "-0.5", "-.5"])
    func negativeNumbersAreValues(number: String) throws {
        let parsed = try Fixtures.parseAdd(["Sam", "--region", "X", "--to", number])
        #expect(parsed.value("to") == number)
    }

    @Test func negativeNumberAndLoneDashArePositionals() throws {
        let parsed = try Fixtures.parseAdd(["-3", "-", "--region", "X"])
        #expect(parsed.value("NAME") == "-3")
        #expect(parsed.value("EMAIL") == "-")
    }

    @Test func unknownOptionWithSuggestion() {
        #expect(Fixtures.addError(["Sam", "--regoin", "X"])
            == "unknown option '--regoin' for 'engage officer add'; did you mean '--region'?")
        #expect(Fixtures.addError(["Sam", "-region", "X"])
            == "unknown option '-region' for 'engage officer add'; did you mean '--region'?")
        #expect(Fixtures.addError(["Sam", "--jsn=1"])
            == "unknown option '--jsn' for 'engage officer add'; did you mean '--json'?")
    }

    @Test func unknownOptionWithoutSuggestion() {
        #expect(Fixtures.addError(["Sam", "--region", "X", "-x"])
            == "unknown option '-x' for 'engage officer add'")
        #expect(Fixtures.addError(["Sam", "--frobnicate"])
            == "unknown option '--frobnicate' for 'engage officer add'")
    }

    @Test func nonRepeatedOptionGivenTwice() {
        #expect(Fixtures.addError(["Sam", "--region", "X", "--region=Y"]) == "option '--region' given twice")
        #expect(Fixtures.addError(["Sam", "--region", "X", "--json", "--json"]) == "option '--json' given twice")
    }

    @Test func repeatedOptionKeepsOrder() throws {
        let parsed = try Fixtures.parseAdd(["--rate", "a=1", "Sam", "--rate=b=2", "--region", "X", "--rate", "c=3"])
        #expect(parsed.values("rate") == ["a=1", "b=2", "c=3"])
        #expect(parsed.value("rate") == "c=3")
        #expect(parsed.values("cap").isEmpty)
    }

    @Test func missingRequiredOption() {
        #expect(Fixtures.addError(["Sam"]) == "missing option '--region REGION' for 'engage officer add'")
    }

    @Test func missingRequiredPositional() {
        #expect(Fixtures.addError(["--region", "X"]) == "missing argument NAME for 'engage officer add'")
    }

    @Test func tooManyPositionals() {
        #expect(Fixtures.addError(["Sam", "sam@example.org", "foo", "--region", "X"])
            == "unexpected argument 'foo' for 'engage officer add'")
    }

    @Test func emptyValuesAreAllowed() throws {
        let parsed = try Fixtures.parseAdd(["", "--region", "", "--cap="])
        #expect(parsed.value("NAME") == "")
        #expect(parsed.value("region") == "")
        #expect(parsed.value("cap") == "")
    }

    @Test func optionsAndPositionalsInterleave() throws {
        let parsed = try Fixtures.parseAdd(["--json", "Sam", "--region", "X", "sam@example.org", "--cap", "2"])
        #expect(parsed.value("NAME") == "Sam")
        #expect(parsed.value("EMAIL") == "sam@example.org")
        #expect(parsed.value("region") == "X")
        #expect(parsed.value("cap") == "2")
        #expect(parsed.flag("json"))
    }

    @Test func errorCarriesCommandPathAndDescription() {
        #expect(throws: UsageError("missing argument NAME for 'engage officer add'", commandPath: Fixtures.addPath)) {
            try Fixtures.parseAdd(["--region", "X"])
        }
        let error = UsageError("boom", commandPath: ["engage"])
        #expect(error.description == "boom")
    }
}
