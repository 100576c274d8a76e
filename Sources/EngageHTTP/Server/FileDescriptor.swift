import Glibc
import Synchronization

/// An open file descriptor (a socket or a pipe's end), closed exactly once: by `close()` or,
/// failing that, when the object goes away.
///
/// `Sendable` is earned: the descriptor's number lives in a `Mutex`, and `close()` and
/// `shutdown` run under it, so a shutdown from another thread (the server's forced stop) can
/// never reach a number the kernel has since given to another file. Reads and writes fetch the
/// number under the lock and call the kernel outside it, so they never hold the lock while
/// blocked; only the descriptor's owner reads, writes and closes it, one thread at a time.
final class FileDescriptor: Sendable {
    /// The outcome of one read.
    enum ReadResult: Equatable {
        case bytes(Int)
        case wouldBlock
        case endOfFile
        case failed
    }

    private let number: Mutex<Int32>

    /// Takes ownership of an open descriptor.
    init(_ number: Int32) {
        self.number = Mutex(number)
    }

    deinit { close() }

    /// Makes a descriptor non-blocking and closed on `exec` (what `accept4` and `pipe2` would
    /// do, were they visible from Swift without `_GNU_SOURCE`).
    static func configure(_ raw: Int32) {
        _ = fcntl(raw, F_SETFL, fcntl(raw, F_GETFL) | O_NONBLOCK)
        _ = fcntl(raw, F_SETFD, fcntl(raw, F_GETFD) | FD_CLOEXEC)
    }

    /// The descriptor's number, or -1 once closed.
    var rawValue: Int32 { number.withLock { $0 } }

    /// Closes the descriptor; later calls do nothing.
    func close() {
        number.withLock { fd in
            if fd >= 0 { _ = Glibc.close(fd) }
            fd = -1
        }
    }

    /// Shuts down the socket's sending side (`SHUT_WR`) or both sides (`SHUT_RDWR`), if open.
    func shutdown(_ how: Int32) {
        number.withLock { fd in
            if fd >= 0 { _ = Glibc.shutdown(fd, how) }
        }
    }

    /// Reads what is available into `buffer`, replacing its contents.
    func read(into buffer: inout [UInt8], maximum: Int = 65_536) -> ReadResult {
        let fd = rawValue
        guard fd >= 0 else { return .failed }
        buffer = [UInt8](repeating: 0, count: maximum)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, maximum) }
        if count > 0 {
            buffer.removeSubrange(count...)
            return .bytes(count)
        }
        buffer = []
        if count == 0 { return .endOfFile }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? .wouldBlock : .failed
    }

    /// Writes all of `bytes` to a non-blocking socket, waiting for room until `deadline`;
    /// false when the peer has gone or the deadline passed.
    func write(_ bytes: [UInt8], deadline: ContinuousClock.Instant) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = send(bytes, from: offset)
            if sent > 0 {
                offset += sent
                continue
            }
            guard sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
            guard waitWritable(until: deadline) else { return false }
        }
        return true
    }

    /// Writes what fits without waiting; for short error answers from the connection loop.
    func writeWithoutWaiting(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = send(bytes, from: offset)
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Writes one byte with `write(2)` (for pipes, where `send` does not work), not waiting.
    func writeByte(_ byte: UInt8) {
        let fd = rawValue
        guard fd >= 0 else { return }
        var value = byte
        _ = Glibc.write(fd, &value, 1)
    }

    private func send(_ bytes: [UInt8], from offset: Int) -> Int {
        let fd = rawValue
        guard fd >= 0 else { return -1 }
        return bytes.withUnsafeBytes { raw in
            Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
        }
    }

    private func waitWritable(until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let remaining = deadline - .now
            guard remaining > .zero else { return false }
            var entry = pollfd(fd: rawValue, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&entry, 1, Int32(clamping: remaining.milliseconds + 1))
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return false }
        }
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
