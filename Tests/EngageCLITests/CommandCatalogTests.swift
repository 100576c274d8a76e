import ArgParse
@testable import EngageCLI
import Testing

/// Properties every command must have, checked over the whole command tree so a new command
/// cannot forget them.
@Suite("The command catalogue")
struct CommandCatalogTests {
    /// Every leaf with its path, e.g. (["engage", "officer", "add"], signature).
    private static let leaves: [(path: [String], signature: CommandSignature)] = {
        func walk(_ node: Commands.Node, _ path: [String]) -> [([String], CommandSignature)] {
            switch node {
            case .group(let name, _, let children): children.flatMap { walk($0, path + [name]) }
            case .leaf(let signature, _): [(path + [signature.name], signature)]
            }
        }
        return walk(Commands.tree.root, [])
    }()

    /// Commands that only read (or, like migrate and seed, are not a user's change to a record).
    private static let readOnlyVerbs: Set<String> = ["list", "show", "history", "waitlist", "workload", "audit", "migrate", "seed"]
    /// Commands that run a service: its changes are made by the requests' token users, so it
    /// takes no --as, and it prints a log rather than a result, so it takes no --json.
    private static let serviceVerbs: Set<String> = ["serve"]
    /// Groups whose every command only reads.
    private static let readOnlyGroups: Set<String> = ["report", "export"]

    private static func isReadOnly(_ path: [String]) -> Bool {
        readOnlyVerbs.contains(path.last ?? "") || path.contains(where: readOnlyGroups.contains)
    }

    @Test("Every command has an abstract and at least one example")
    func documented() {
        #expect(Self.leaves.count >= 35)
        for (path, signature) in Self.leaves {
            #expect(!signature.abstract.isEmpty, "\(path)")
            #expect(!signature.examples.isEmpty, "\(path.joined(separator: " ")) has no example")
            #expect(signature.examples.allSatisfy { $0.commandLine.contains(path.joined(separator: " ")) },
                    "\(path.joined(separator: " ")): examples must run this command")
        }
    }

    @Test("Every list, show, report and export command offers JSON (--json, or --format json)")
    func json() {
        for (path, signature) in Self.leaves where Self.isReadOnly(path) {
            let offersJSON = signature.options.contains { $0.name == "json" || $0.name == "format" }
            #expect(offersJSON, "\(path.joined(separator: " ")) lacks --json")
        }
    }

    @Test("Every command that changes records takes --as for the audit log, and --database")
    func writers() {
        for (path, signature) in Self.leaves {
            #expect(signature.options.contains { $0.name == "database" }, "\(path.joined(separator: " ")) lacks --database")
            guard !Self.isReadOnly(path), !Self.serviceVerbs.contains(path.last ?? "") else { continue }
            #expect(signature.options.contains { $0.name == "as" }, "\(path.joined(separator: " ")) lacks --as")
        }
    }
}

/// Every value the command line takes, checked over the whole tree: a control character is
/// refused before the command runs, naming the option or argument, with exit 65.
@Suite("The command catalogue: control characters in every value")
struct CommandTextValueTests {
    private static let leaves: [(path: [String], signature: CommandSignature)] = {
        func walk(_ node: Commands.Node, _ path: [String]) -> [([String], CommandSignature)] {
            switch node {
            case .group(let name, _, let children): children.flatMap { walk($0, name == "engage" ? path : path + [name]) }
            case .leaf(let signature, _): [(path + [signature.name], signature)]
            }
        }
        return walk(Commands.tree.root, [])
    }()

    /// The command line for `path` with every positional and required option filled in, and
    /// `value` in the slot `target` (a positional's name or an option's).
    private static func arguments(_ path: [String], _ signature: CommandSignature, target: String, value: String) -> [String] {
        let positionals = signature.positionals.filter { !$0.isOptional || $0.name == target }
            .map { $0.name == target ? value : "x" }
        let options = signature.options.filter { $0.kind != .flag && ($0.isRequired || $0.name == target) }
            .flatMap { ["--" + $0.name, $0.name == target ? value : "x"] }
        return path + positionals + options
    }

    private static func run(_ arguments: [String]) -> (status: Int32, error: String) {
        var error = ""
        // A database nobody runs: a value let through reaches no database, the test's included.
        let nowhere = ["DATABASE_URL": "host=/nonexistent/engage-test dbname=none connect_timeout=1"]
        let status = EngageCLI.run(arguments, environment: nowhere, output: { _ in }, errorOutput: { error += $0 })
        return (status, error)
    }

    @Test("NUL and escape are refused in every value; line breaks only where an option takes free text")
    func everyValue() {
        var checked = 0
        for (path, signature) in Self.leaves {
            let targets = signature.positionals.map { ($0.name, "argument \($0.name)", false) }
                + signature.options.filter { $0.kind != .flag }.map { ($0.name, "option '--\($0.name)'", $0.allowsLineBreaks) }
            for (target, label, freeText) in targets {
                for (probe, allowed) in [("a\u{0}b", false), ("a\u{1B}[2Jb", false), ("a\nb", freeText)] {
                    let (status, error) = Self.run(Self.arguments(path, signature, target: target, value: probe))
                    let refused = status == 65 && error.hasPrefix("error: \(label) contains ")
                    #expect(refused == !allowed, "engage \(path.joined(separator: " ")) with \(probe.debugDescription) in \(label): \(status) \(error)")
                }
                checked += 1
            }
        }
        #expect(checked >= 150)
        let notes = Self.leaves.flatMap(\.signature.options).filter(\.allowsLineBreaks).map(\.name)
        #expect(Set(notes) == ["note", "reason", "override", "profile", "outcome"])
    }
}
