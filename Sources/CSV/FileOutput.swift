import Glibc

/// Writes a file with write(2), creating or emptying it first.
public enum FileOutput {
    /// Creates (or empties) `path`, hands `body` a function that appends bytes to it, closes it.
    /// - Parameters:
    ///   - path: The file.
    ///   - body: Writes the content; the function it receives must not be used after it returns.
    /// - Throws: `FileError` when the file cannot be created or written, or what `body` throws.
    public static func withWriter<Value>(path: String, _ body: (@escaping ([UInt8]) throws -> Void) throws -> Value) throws -> Value {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "write", reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try body { bytes in
            try bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else {
                        throw FileError(path: path, operation: "write", reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
        }
    }
}
