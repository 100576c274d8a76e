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
