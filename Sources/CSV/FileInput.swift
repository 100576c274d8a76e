import Glibc

/// Reads a file a chunk at a time with read(2): memory stays at one chunk whatever its size.
public enum FileInput {
    /// Opens `path`, hands `body` a function returning its next chunk (nil at the end), closes it.
    /// - Parameters:
    ///   - path: The file.
    ///   - chunkSize: Bytes per chunk.
    ///   - body: Reads the chunks; the function it receives must not be used after it returns.
    /// - Throws: `FileError` when the file cannot be opened or read, or what `body` throws.
    public static func withChunks<Value>(path: String, chunkSize: Int = 64 * 1024,
                                         _ body: (@escaping () throws -> [UInt8]?) throws -> Value) throws -> Value {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "read", reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try body {
            let chunk = try [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                var result: Int
                repeat { result = read(descriptor, buffer.baseAddress, chunkSize) } while result < 0 && errno == EINTR
                guard result >= 0 else { throw FileError(path: path, operation: "read", reason: String(cString: strerror(errno))) }
                count = result
            }
            return chunk.isEmpty ? nil : chunk
        }
    }
}
