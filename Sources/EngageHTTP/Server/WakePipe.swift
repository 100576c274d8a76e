import Glibc

/// A self-pipe that wakes the connection loop from `poll` when another thread has news for it
/// (a connection handed back, a stop asked for).
final class WakePipe: Sendable {
    /// The end the loop polls.
    let readEnd: FileDescriptor
    private let writeEnd: FileDescriptor

    /// A new non-blocking pipe.
    init() throws(HTTPServerError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw .socketFailed(call: "pipe", reason: String(cString: strerror(errno)))
        }
        FileDescriptor.configure(ends[0])
        FileDescriptor.configure(ends[1])
        readEnd = FileDescriptor(ends[0])
        writeEnd = FileDescriptor(ends[1])
    }

    /// Wakes the loop; a full pipe already will, so a failed write is fine.
    func wake() {
        writeEnd.writeByte(1)
    }

    /// Empties the pipe after a wake-up.
    func drain() {
        var scratch: [UInt8] = []
        while case .bytes = readEnd.read(into: &scratch, maximum: 256) {}
    }

    /// Closes both ends.
    func close() {
        readEnd.close()
        writeEnd.close()
    }
}
