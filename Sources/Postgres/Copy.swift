import CLibPQ

extension Connection {
    /// Streams data into the server with `COPY … FROM STDIN`.
    ///
    /// - Parameters:
    ///   - query: The COPY statement, e.g. `"COPY staging (a, b) FROM STDIN (FORMAT csv)"`.
    ///   - produce: Writes the data through the writer it receives. When it throws, the COPY is
    ///     aborted on the server and the error rethrown.
    /// - Returns: The number of rows the server stored.
    /// - Throws: `PostgresError.server` when the server rejects the data (e.g. a malformed row),
    ///   or whatever `produce` throws.
    @discardableResult
    public func copyIn(_ query: Query, _ produce: (inout CopyInWriter) throws -> Void) throws -> Int {
        let handle = try openHandle()
        try check(try send(query), expecting: [PGRES_COPY_IN])
        var writer = CopyInWriter(handle: handle)
        do {
            try produce(&writer)
            try writer.flush()
        } catch {
            PQputCopyEnd(handle, "aborted by the client")
            _ = try? finishCopy(handle)
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw PostgresError.connectionLost(message: Self.lastError(handle)) }
        return try finishCopy(handle)
    }

    /// Streams data out of the server with `COPY … TO STDOUT`, one chunk (usually one row) at a time.
    ///
    /// - Parameters:
    ///   - query: The COPY statement, e.g. `"COPY (SELECT …) TO STDOUT (FORMAT csv, HEADER)"`.
    ///   - consume: Receives each chunk's bytes. When it throws, the rest is read and dropped
    ///     (the protocol offers no other way back to a usable connection) and the error rethrown.
    /// - Returns: The number of rows copied.
    /// - Throws: `PostgresError` from the server, or whatever `consume` throws.
    @discardableResult
    public func copyOut(_ query: Query, _ consume: ([UInt8]) throws -> Void) throws -> Int {
        let handle = try openHandle()
        try check(try send(query), expecting: [PGRES_COPY_OUT])
        var failure: (any Error)?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &buffer, 0)
            guard length > 0, let buffer else { break }
            defer { PQfreemem(buffer) }
            guard failure == nil else { continue }
            let bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            do { try consume(bytes) } catch { failure = error }
        }
        let rows = try finishCopy(handle)
        if let failure { throw failure }
        return rows
    }

    /// Reads the results that end a COPY; the first error wins.
    private func finishCopy(_ handle: OpaquePointer) throws(PostgresError) -> Int {
        var rows = 0
        var firstError: PostgresError?
        while let result = PQgetResult(handle) {
            do {
                rows = try check(result, expecting: [PGRES_COMMAND_OK]).affectedRows ?? rows
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return rows
    }
}

/// Writes the data of a `COPY … FROM STDIN`, buffering it into chunks of about 64 KiB.
///
/// Only valid inside the `copyIn` closure that handed it out.
public struct CopyInWriter {
    private let handle: OpaquePointer
    private var buffer: [UInt8] = []
    private static let chunkSize = 64 * 1024

    init(handle: OpaquePointer) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunkSize)
    }

    /// Appends text, e.g. one CSV line with its newline.
    /// - Parameter text: The data, in the COPY statement's format.
    /// - Throws: `PostgresError.connectionLost` when the server cannot be written to.
    public mutating func write(_ text: String) throws(PostgresError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Appends raw bytes.
    /// - Parameter bytes: The data, in the COPY statement's format.
    /// - Throws: `PostgresError.connectionLost` when the server cannot be written to.
    public mutating func write(bytes: some Sequence<UInt8>) throws(PostgresError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    mutating func flush() throws(PostgresError) {
        guard !buffer.isEmpty else { return }
        let handle = handle
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard status == 1 else { throw .connectionLost(message: Connection.lastError(handle)) }
        buffer.removeAll(keepingCapacity: true)
    }
}

@available(*, unavailable)
extension CopyInWriter: Sendable {}
