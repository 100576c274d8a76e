import EngageCore
import Glibc

/// A progress line on standard error for long imports: shown only when standard error is a
/// terminal and the work has taken over two seconds, rewritten in place with `\r`, cleared at the end.
struct ProgressLine {
    private let noun: String
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastShown: ContinuousClock.Instant?
    private var width = 0

    /// Creates a progress line counting `noun` ("rows").
    init(noun: String) {
        self.noun = noun
        enabled = isatty(STDERR_FILENO) == 1
        start = clock.now
    }

    /// Shows how far the work has got, at most a few times a second.
    mutating func update(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = clock.now
        let elapsed = now - start
        guard elapsed > .seconds(2), lastShown.map({ now - $0 > .milliseconds(200) }) ?? true else { return }
        lastShown = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Int(Double(progress.rows) / max(seconds, 0.001))
        let doing = progress.phase == .reading ? "reading" : "checking and storing"
        let text = "\(doing): \(progress.rows) \(noun), \(rate) \(noun)/s"
        Console.error("\r" + text + String(repeating: " ", count: max(0, width - text.count)))
        width = text.count
    }

    /// Removes the line, if one was shown.
    mutating func clear() {
        guard width > 0 else { return }
        Console.error("\r" + String(repeating: " ", count: width) + "\r")
        width = 0
    }
}
