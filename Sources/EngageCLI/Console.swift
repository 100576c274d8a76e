import Glibc

/// Standard output and standard error, written with write(2).
///
/// Foundation's `FileHandle` would pull the whole of Foundation (and ICU) into every run; the
/// binary uses FoundationEssentials only, so start-up stays fast. Writes loop until every byte is
/// out, retrying on EINTR; a closed pipe (EPIPE, e.g. `engage … | head`) stops output quietly.
public enum Console {
    /// Writes `text` to standard output.
    public static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    public static func error(_ text: String) { write(text, to: STDERR_FILENO) }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
