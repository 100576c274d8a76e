import Foundation

/// Prints an HTML page to a PDF file with headless Chromium's print-to-PDF, the browser the
/// board's check already installs; engage draws no PDF itself.
///
/// The page is written to a private temporary folder (with Chromium's profile), printed there,
/// checked to be a PDF and only then moved onto `path`, so a failed print leaves no half-written
/// file behind. Limits: one page at a time; 120 seconds at most; the page must need nothing from
/// the network (the period page carries its own style sheet).
struct ChromiumPDF {
    /// Chromium could not print: missing, failed or timed out.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The browser: `$ENGAGE_CHROMIUM` when set (and only it), else the first of Debian's and
    /// others' usual places.
    let executable: String

    /// The browser found on this machine.
    /// - Throws: `Failure` naming where it looked and how to install it.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChromiumPDF {
        let candidates = environment["ENGAGE_CHROMIUM"].map { [$0] }
            ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "no Chromium to print the PDF with (looked for \(candidates.joined(separator: ", "))); "
                          + "install it with 'apt-get install chromium', or set ENGAGE_CHROMIUM")
        }
        return ChromiumPDF(executable: found)
    }

    /// Prints `html` to `path` (A4, as the page's print style sheet says).
    /// - Throws: `Failure` when Chromium fails or times out; `CocoaError` when `path` cannot be written.
    func print(html: String, to path: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engage-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let printed = folder.appendingPathComponent("page.pdf")
        try Data(html.utf8).write(to: page)
        try run(arguments(page: page, pdf: printed, profile: folder.appendingPathComponent("profile")),
                log: folder.appendingPathComponent("chromium.log"))
        guard let head = try? FileHandle(forReadingFrom: printed).read(upToCount: 5), head == Data("%PDF-".utf8) else {
            throw Failure(description: "Chromium wrote no PDF (\(executable))")
        }
        let destination = URL(fileURLWithPath: path)
        _ = try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: printed, to: destination)
    }

    private func arguments(page: URL, pdf: URL, profile: URL) -> [String] {
        var arguments = ["--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--mute-audio",
                         "--disable-extensions", "--disable-background-networking", "--user-data-dir=\(profile.path)",
                         "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        // Chromium refuses to run as root inside its sandbox; a root shell is a container or CI.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        return arguments
    }

    /// Runs Chromium, its output kept in `log` (not a pipe: its helper processes may hold a pipe
    /// open after it exits) to say why it failed.
    private func run(_ arguments: [String], log: URL) throws {
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw Failure(description: "cannot make Chromium's log in \(log.deletingLastPathComponent().path)")
        }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            throw Failure(description: "Chromium did not finish printing within 120 seconds")
        }
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let last = said.split(separator: "\n").last.map(String.init) ?? ""
            throw Failure(description: "Chromium exited \(process.terminationStatus) printing the PDF: \(last)")
        }
    }
}
