import CLibPQ
import Glibc

/// Scoped C arrays for libpq calls.
///
/// libpq reads keyword and parameter arrays only during a call. Swift array storage must not be
/// handed to C beyond a closure's scope, so each array is copied into malloc'd memory that is
/// freed in a `defer` when the closure returns: the lifetime is explicit, whatever the optimiser does.
enum CArrays {
    /// Calls `body` with a NULL-terminated array of C strings copied from `strings` (nil stays NULL).
    static func withStrings<R>(
        _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws -> R
    ) rethrows -> R {
        let array = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            array[index] = string.flatMap { UnsafePointer(strdup($0)) }
        }
        array[strings.count] = nil
        defer {
            for index in 0..<strings.count { free(UnsafeMutableRawPointer(mutating: array[index])) }
            array.deallocate()
        }
        return try body(array)
    }

    /// Calls `body` with an array of type OIDs.
    static func withOids<R>(_ types: [PostgresType], _ body: (UnsafePointer<Oid>) throws -> R) rethrows -> R {
        let array = UnsafeMutablePointer<Oid>.allocate(capacity: max(types.count, 1))
        for (index, type) in types.enumerated() { array[index] = type.rawValue }
        defer { array.deallocate() }
        return try body(array)
    }
}
