import Glibc

/// glibc's pseudo-terminal functions (`posix_openpt`, `grantpt`, `unlockpt`, `ptsname_r`),
/// looked up at run time: Swift's Glibc module leaves them out (they need `_XOPEN_SOURCE`).
struct PseudoTerminalCalls {
    let open: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let name: @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// Looks the functions up in the C library the process has loaded.
    init() throws {
        open = try Self.function("posix_openpt")
        grant = try Self.function("grantpt")
        unlock = try Self.function("unlockpt")
        name = try Self.function("ptsname_r")
    }

    private static func function<Function>(_ symbol: String) throws -> Function {
        guard let address = dlsym(dlopen(nil, RTLD_NOW), symbol) else { throw LookupFailure(symbol: symbol) }
        return unsafeBitCast(address, to: Function.self)
    }

    /// A function the C library does not have.
    struct LookupFailure: Error {
        let symbol: String
    }
}
