import Glibc

/// Reads one line from a file descriptor, a byte at a time, so that nothing after the line is
/// consumed (a script may pipe more than the password).
enum LineReader {
    /// The most bytes kept: far more than any password the rules accept, so that a refusal
    /// still states the length that was given.
    static let limit = 65_536

    /// Reads up to the first newline, which is dropped (it alone: a carriage return before it,
    /// or spaces, are kept), or to the end of the input.
    /// - Parameter descriptor: Where to read, e.g. `STDIN_FILENO`.
    /// - Returns: The bytes of the line; nil when the input ended (or could not be read) before
    ///   its first byte.
    static func readLine(from descriptor: Int32) -> [UInt8]? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < limit {
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return line.isEmpty ? nil : line }
            if byte == UInt8(ascii: "\n") { return line }
            line.append(byte)
        }
        return line
    }
}
