// swift-tools-version:6.0
// engage: tracks English local authorities through four engagement stages.
// No package dependencies: the toolchain, and libpq through a system library.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "engage",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "engage", targets: ["engage"]),
    ],
    targets: [
        // libpq, the C client library (Debian: libpq-dev).
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // The libpq wrapper: the only code that touches C pointers.
        .target(name: "Postgres", dependencies: ["CLibPQ"], swiftSettings: strict),
        // The domain: types and rules as pure Swift.
        .target(name: "EngageCore", swiftSettings: strict),
        // The store: the only code holding SQL.
        .target(name: "EngageStore", dependencies: ["Postgres", "EngageCore", "CSV"], swiftSettings: strict),
        // Small hand-written pieces where a package would have done the job.
        .target(name: "ArgParse", swiftSettings: strict),
        .target(name: "TextTable", swiftSettings: strict),
        .target(name: "CSV", swiftSettings: strict),
        // The HTTP/1.1 server for the service: sockets, parser, router, limits; no knowledge of the domain.
        .target(name: "EngageHTTP", swiftSettings: strict),
        // Tables, CSV and JSON of domain values, shared by the faces.
        .target(name: "EngageRendering", dependencies: ["EngageCore", "TextTable", "CSV"], swiftSettings: strict),
        // The service's JSON API: routes, roles and the OpenAPI document, mapped onto the store.
        .target(name: "EngageAPI", dependencies: ["EngageStore", "EngageCore", "EngageHTTP", "EngageRendering", "CSV"], swiftSettings: strict),
        // The board in the browser: server-rendered HTML pages read through the store (reports as the API renders them).
        .target(name: "EngageBoard", dependencies: ["EngageStore", "EngageCore", "EngageHTTP", "EngageRendering", "CSV"], swiftSettings: strict),
        // The command-line face: parse, call the store, render; `engage serve` starts the service.
        .target(name: "EngageCLI", dependencies: ["EngageStore", "EngageCore", "EngageRendering", "EngageAPI", "EngageBoard", "EngageHTTP", "ArgParse", "TextTable", "CSV"], swiftSettings: strict),
        .executableTarget(name: "engage", dependencies: ["EngageCLI"], swiftSettings: strict),

        // Tests run against a real PostgreSQL started by scripts/test.
        .target(name: "TestSupport", dependencies: ["Postgres", "EngageStore"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "EngageCoreTests", dependencies: ["EngageCore"], swiftSettings: strict),
        .testTarget(name: "EngageStoreTests", dependencies: ["EngageStore", "EngageCore", "Postgres", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ArgParseTests", dependencies: ["ArgParse"], swiftSettings: strict),
        .testTarget(name: "TextTableTests", dependencies: ["TextTable"], swiftSettings: strict),
        .testTarget(name: "CSVTests", dependencies: ["CSV"], swiftSettings: strict),
        .testTarget(name: "EngageRenderingTests", dependencies: ["EngageRendering"], swiftSettings: strict),
        .testTarget(name: "EngageHTTPTests", dependencies: ["EngageHTTP", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "EngageBoardTests", dependencies: ["EngageBoard", "EngageHTTP", "EngageStore", "EngageCore", "Postgres", "TestSupport", "EngageAPI"], swiftSettings: strict),
        .testTarget(name: "EngageAPITests", dependencies: ["EngageAPI", "EngageHTTP", "EngageStore", "EngageCore", "Postgres", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "EngageCLITests", dependencies: ["engage", "EngageCLI", "ArgParse", "EngageCore", "EngageStore", "Postgres", "TestSupport"], swiftSettings: strict),
    ]
)
