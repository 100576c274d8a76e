import ArgParse
import EngageAPI
import EngageBoard
import EngageHTTP
import EngageStore
import FoundationEssentials
import Glibc

/// `engage serve [--host ADDR] [--port N] […]`: runs the JSON API until SIGTERM or SIGINT.
struct ServeCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "serve",
        abstract: "Run the service: the JSON API for browsers and scripts, until Ctrl-C or SIGTERM.",
        discussion: """
            Listens on --host and --port and answers the JSON API under /api (see GET /openapi.json), with \
            GET /health for probes. Requests carry 'Authorization: Bearer TOKEN' (see 'engage token create'). \
            The service keeps no state of its own: tokens, caps and the audit log live in the database, so \
            several services on one database behave as one. It survives a database restart: requests during \
            the outage get 503, later ones succeed. SIGTERM or SIGINT stops accepting, lets requests in flight \
            finish (up to --grace seconds), closes the database connections and exits 0. One access-log line \
            per request goes to standard error (never a token, a query string or a calendar feed's secret: \
            /feeds/… stands for it). No TLS: put a reverse proxy \
            in front for anything beyond one machine, and give its address with --public-url (or \
            ENGAGE_PUBLIC_URL): with an https address the board's cookies are Secure and its redirects \
            name that address. Every answer carries X-Content-Type-Options: nosniff and, unless it may be \
            cached, Cache-Control: no-store; pages carry a Content-Security-Policy that allows no script. \
            Try it with \
            curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/api/followups
            """,
        options: [
            .value("host", valueName: "ADDR", help: "Address to listen on. Default: 127.0.0.1 (this machine only); 0.0.0.0 or :: for all."),
            .value("port", valueName: "N", help: "TCP port. Default: 8080; 0 picks a free one (printed at start)."),
            .value("pool-size", valueName: "N", help: "Database connections at most. Default: twice the processors (\(StorePool.defaultSize))."),
            .value("workers", valueName: "N", help: "Threads answering requests. Default: the pool size."),
            .value("max-connections", valueName: "N", help: "Open client connections at most; one more gets 503. Default: 256."),
            .value("max-body", valueName: "BYTES", help: "Largest request body (e.g. an import); more gets 413. Default: 1048576."),
            .value("pool-timeout", valueName: "SECONDS", help: "Wait for a free database connection before 503 with Retry-After. Default: 5."),
            .value("statement-timeout", valueName: "SECONDS",
                   help: "Longest any one database statement may run; a request that needs longer gets 503 with Retry-After. Default: \(StorePool.defaultStatementTimeout.components.seconds)."),
            .value("grace", valueName: "SECONDS", help: "On SIGTERM, how long requests in flight may take to finish. Default: 10."),
            .value("public-url", valueName: "URL",
                   help: "The address people use, through a reverse proxy (https://engage.example.org). Default: $ENGAGE_PUBLIC_URL, else none."),
            CommonOptions.database,
        ],
        examples: [
            Example("engage serve", "Serve on http://127.0.0.1:8080 using $DATABASE_URL."),
            Example("engage serve --host 0.0.0.0 --port 9000 --pool-size 8", "Serve to the network on port 9000."),
            Example("DATABASE_URL=postgres://engage@db.internal/engage engage serve --port 8080 --grace 30",
                    "Serve another database, giving requests 30 s to finish on SIGTERM."),
            Example("engage serve --public-url https://engage.example.org",
                    "Serve behind a TLS proxy at that address: Secure cookies, redirects to it."),
        ])

    let http: HTTPConfiguration
    let poolSize: Int
    let poolTimeout: Duration
    let statementTimeout: Duration
    let grace: Duration
    let publicOrigin: PublicOrigin?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        var http = HTTPConfiguration(host: arguments.value("host") ?? "127.0.0.1",
                                     port: try arguments.int("port", in: 0...65_535) ?? 8080)
        poolSize = try arguments.int("pool-size", in: 1...1_000) ?? StorePool.defaultSize
        http.workerThreads = try arguments.int("workers", in: 1...1_000) ?? poolSize
        http.maxConnections = try arguments.int("max-connections", in: 1...100_000) ?? http.maxConnections
        http.maxBodyBytes = try arguments.int("max-body", in: 0...(1 << 30)) ?? http.maxBodyBytes
        self.http = http
        poolTimeout = .seconds(try arguments.int("pool-timeout", in: 0...3_600) ?? 5)
        grace = .seconds(try arguments.int("grace", in: 0...3_600) ?? 10)
        statementTimeout = try arguments.int("statement-timeout", in: 1...3_600).map { .seconds($0) } ?? StorePool.defaultStatementTimeout
        publicOrigin = try arguments.value("public-url").map { try Self.origin($0, from: "option '--public-url'") }
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let origin = try publicOrigin ?? context.environment["ENGAGE_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
            .map { try Self.origin($0, from: "ENGAGE_PUBLIC_URL") }
        let migrations = try MigrationSource.discover(
            environment: context.environment,
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).load()
        let stores = StorePool(conninfo: context.conninfo(option: common.database), size: poolSize, waitTimeout: poolTimeout,
                               statementTimeout: statementTimeout)
        defer { stores.close() }
        let api = APIApplication(stores: stores, migrations: migrations, version: EngageCLI.version) { line in
            Console.error("engage serve: \(line)\n")
        }
        var router = api.router
        BoardRoutes.add(to: &router, stores: stores, origin: origin) { line in Console.error("engage serve: \(line)\n") }
        var http = http
        http.secretPathPrefixes = BoardRoutes.secretPathPrefixes
        let server = HTTPServer(configuration: http, responder: router) { entry in
            Console.error("\(entry)\n")
        }
        server.stopOnSignals(grace: grace)
        try server.start()
        let port = server.port.map(String.init) ?? "?"
        Console.error("engage serve: listening on http://\(Self.hostForURL(http.host)):\(port) (\(poolSize) database connections, \(http.workerThreads) workers); Ctrl-C stops\n")
        if let origin { Console.error("engage serve: people reach it at \(origin)\(origin.isSecure ? " (cookies Secure)" : "")\n") }
        warnIfNotReady(stores, migrations: migrations)
        server.waitUntilStopped()
        Console.error("engage serve: stopped\n")
    }

    /// Says at start when the database is unreachable or behind, without refusing to start: the
    /// service answers 503 until it is fixed, then recovers by itself.
    private func warnIfNotReady(_ stores: StorePool, migrations: [Migration]) {
        do {
            let pending = try stores.withStore(actor: "service") { try $0.migrationStatus(of: migrations).pending }
            if !pending.isEmpty {
                Console.error("engage serve: warning: \(pending.count) migration(s) pending; run 'engage migrate' (/health answers 503 until then)\n")
            }
        } catch {
            Console.error("engage serve: warning: \(error); requests get 503 until the database is reachable\n")
        }
    }

    /// The public origin `text` gives, or a usage error naming where it came from.
    private static func origin(_ text: String, from source: String) throws(UsageError) -> PublicOrigin {
        switch PublicOrigin.parse(text) {
        case .success(let origin): return origin
        case .failure(let refusal): throw UsageError("\(source): \(refusal)", commandPath: ["engage", "serve"])
        }
    }

    private static func hostForURL(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }
}
