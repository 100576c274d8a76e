import ArgParse
import Testing

@Suite("CommandTree")
struct CommandTreeTests {
    private func resolve(_ arguments: [String]) throws(UsageError) -> CommandTree<String>.Resolution {
        try Fixtures.tree.resolve(arguments)
    }

    /// The help path, or `nil` when the resolution is not help.
    private func helpPath(_ arguments: [String]) throws -> [String]? {
        guard case .help(let path, let node) = try resolve(arguments) else { return nil }
        #expect(node.name == path.last)
        return path
    }

    private func errorMessage(_ arguments: [String]) -> String? {
        do throws(UsageError) {
            _ = try resolve(arguments)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: [[], ["--help"], ["-h"], ["help"]])
    func rootHelp(arguments: [String]) throws {
        #expect(try helpPath(arguments) == ["engage"])
    }

    @Test(arguments: [["officer"], ["officer", "--help"], ["officer", "-h"], ["help", "officer"], ["officer", "help"]])
    func groupHelp(arguments: [String]) throws {
        #expect(try helpPath(arguments) == ["engage", "officer"])
    }

    @Test func versionOnlyAtTopLevel() throws {
        guard case .version = try resolve(["--version"]) else {
            Issue.record("expected .version")
            return
        }
        #expect(errorMessage(["officer", "--version"]) == "unknown option '--version' for 'engage officer'")
    }

    @Test func leafResolvesWithParsedArguments() throws {
        guard case .leaf(let path, let signature, let payload, let parsed) =
            try resolve(["officer", "add", "Sam", "--region", "X"])
        else {
            Issue.record("expected .leaf")
            return
        }
        #expect(path == ["engage", "officer", "add"])
        #expect(signature.name == "add")
        #expect(payload == "officer.add")
        #expect(parsed.value("NAME") == "Sam")
        #expect(!parsed.helpRequested)
    }

    @Test(arguments: [["officer", "add", "--help"], ["help", "officer", "add"], ["officer", "help", "add"]])
    func helpOnLeafSetsHelpRequested(arguments: [String]) throws {
        guard case .leaf(let path, _, let payload, let parsed) = try resolve(arguments) else {
            Issue.record("expected .leaf")
            return
        }
        #expect(path == ["engage", "officer", "add"])
        #expect(payload == "officer.add")
        #expect(parsed.helpRequested)
    }

    @Test func leafDirectlyUnderRoot() throws {
        guard case .leaf(let path, _, let payload, _) = try resolve(["report"]) else {
            Issue.record("expected .leaf")
            return
        }
        #expect(path == ["engage", "report"])
        #expect(payload == "report")
    }

    @Test func unknownCommandSuggests() {
        #expect(errorMessage(["ofiser"]) == "unknown command 'ofiser' for 'engage'; did you mean 'officer'?")
        #expect(errorMessage(["officer", "ad"])
            == "unknown command 'ad' for 'engage officer'; did you mean 'add'?")
        #expect(errorMessage(["help", "ofiser"])
            == "unknown command 'ofiser' for 'engage'; did you mean 'officer'?")
    }

    @Test func unknownCommandPointsAtHelpWhenNothingIsClose() {
        #expect(errorMessage(["frobnicate"])
            == "unknown command 'frobnicate' for 'engage'; run 'engage --help' for the list")
        #expect(errorMessage(["officer", "zzzzzz"])
            == "unknown command 'zzzzzz' for 'engage officer'; run 'engage officer --help' for the list")
    }

    @Test func unknownOptionOnGroup() {
        #expect(errorMessage(["--verison"]) == "unknown option '--verison' for 'engage'; did you mean '--version'?")
    }

    @Test func leafErrorsUseTheFullPath() throws {
        do throws(UsageError) {
            _ = try resolve(["officer", "add", "Sam"])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "missing option '--region REGION' for 'engage officer add'")
            #expect(error.commandPath == ["engage", "officer", "add"])
        }
    }

    @Test func nodeNameAndAbstract() {
        let leaf = CommandNode<Int>.leaf(Fixtures.officerList, 1)
        let group = CommandNode<Int>.group(name: "officer", abstract: "Manage officers.", children: [leaf])
        #expect(leaf.name == "list")
        #expect(leaf.abstract == "List engagement officers.")
        #expect(group.name == "officer")
        #expect(group.abstract == "Manage officers.")
    }
}
