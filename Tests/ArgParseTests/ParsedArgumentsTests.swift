import ArgParse
import Testing

@Suite("ParsedArguments")
struct ParsedArgumentsTests {
    private func parse(_ extra: [String]) throws -> ParsedArguments {
        try Fixtures.parseAdd(["Sam", "--region", "X"] + extra)
    }

    /// The message of the usage error `body` throws, or `nil` when it throws nothing.
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as UsageError {
            return error.message
        } catch {
            return "unexpected error: \(error)"
        }
    }

    @Test func requiredReturnsPresentValues() throws {
        let parsed = try parse([])
        #expect(try parsed.required("NAME") == "Sam")
        #expect(try parsed.required("region") == "X")
    }

    @Test func requiredNamesMissingOptionAndArgument() throws {
        let parsed = try parse([])
        #expect(message { _ = try parsed.required("cap") } == "missing option '--cap N' for 'engage officer add'")
        #expect(message { _ = try parsed.required("EMAIL") } == "missing argument EMAIL for 'engage officer add'")
    }

    @Test func intParsesWholeNumbers() throws {
        #expect(try parse(["--cap", "7"]).int("cap") == 7)
        #expect(try parse(["--to", "-1"]).int("to", in: -5...5) == -1)
        #expect(try parse([]).int("cap") == nil)
    }

    @Test func intRejectsNonNumbers() throws {
        let parsed = try parse(["--cap", "x"])
        #expect(message { _ = try parsed.int("cap") } == "option '--cap' needs a whole number, got 'x'")
        let decimal = try parse(["--cap", "2.5"])
        #expect(message { _ = try decimal.int("cap") } == "option '--cap' needs a whole number, got '2.5'")
    }

    @Test func intChecksRange() throws {
        let parsed = try parse(["--cap", "99"])
        #expect(message { _ = try parsed.int("cap", in: 0...50) }
            == "option '--cap' needs a whole number between 0 and 50, got 99")
        #expect(try parse(["--cap", "50"]).int("cap", in: 0...50) == 50)
    }

    @Test func intOnPositionalNamesTheArgument() throws {
        let parsed = try parse(["many"])
        #expect(message { _ = try parsed.int("EMAIL") } == "argument EMAIL needs a whole number, got 'many'")
    }
}
