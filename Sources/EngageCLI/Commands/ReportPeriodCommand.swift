import ArgParse
import CSV
import EngageBoard
import EngageCore
import EngageRendering
import Foundation

/// `engage report period`: the seven reports of chapter 3 of the evaluation for one period, as
/// tables, CSV or JSON, or as the board's printable page: HTML (`--html FILE`) or PDF
/// (`--pdf FILE`, printed by headless Chromium).
struct ReportPeriodCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "period",
        abstract: "The period report: the headline counts, agencies, events, briefings, requests, funnel and outcomes of one period.",
        discussion: """
            What chapter 3 of the evaluation reported, for any period: the summary, agencies, events, briefings, \
            followups, funnel and outcomes reports over the same period and filters, read at one moment so their \
            figures agree. --pdf writes the board's printable page (/reports/period) as an A4 PDF through headless \
            Chromium (Debian's chromium; ENGAGE_CHROMIUM names another), to attach to an email; --html writes the \
            same page as one self-contained file. Neither file is left half-written: a failed print leaves FILE as it was.
            Exit status: 0 written; 64 a bad option; 65 an unknown officer or region; 69 no database, or no Chromium \
            to print with; 73 FILE cannot be written.
            """,
        options: ReportArguments.options + [
            .value("pdf", valueName: "FILE", help: "Write the printable page as a PDF (A4) to FILE."),
            .value("html", valueName: "FILE", help: "Write the printable page as one HTML file to FILE."),
        ],
        examples: [
            Example("engage report period --from 2013-09-01 --to 2014-08-31 --pdf year.pdf",
                    "The evaluation's year as a PDF to send."),
            Example("engage report period --from 2014-01-01 --to 2014-03-31", "One quarter, as tables in the terminal."),
            Example("engage report period --from 2014-01-01 --json", "Everything since January, for a script."),
        ])

    let report: ReportArguments
    let pdf: String?
    let html: String?

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "period")
        pdf = arguments.value("pdf")
        html = arguments.value("html")
        try validate()
    }

    /// One output at a time.
    private func validate() throws {
        if pdf != nil && html != nil {
            throw UsageError("give --pdf or --html, not both", commandPath: ["engage", "report", "period"])
        }
        if (pdf ?? html) != nil && (report.format != .table) {
            throw UsageError("--pdf and --html write the page; leave out --json and --format", commandPath: ["engage", "report", "period"])
        }
    }

    func run(in context: Context) throws {
        let printer = try pdf.map { _ in try ChromiumPDF.find(environment: context.environment) }
        let value = try context.withStore(report.common) { try $0.periodReport(report.scope) }
        if let pdf, let printer {
            try writing(pdf) { try printer.print(html: PeriodPage.document(value), to: pdf) }
            context.print("wrote \(pdf): the period report, \(value.scope.periodText)")
        } else if let html {
            try writing(html) { try Data(PeriodPage.document(value).utf8).write(to: URL(fileURLWithPath: html), options: .atomic) }
            context.print("wrote \(html): the period report, \(value.scope.periodText)")
        } else {
            try report.print(value, in: context, table: { ReportPeriodOutput.table(value, width: $0) },
                             csv: { ReportPeriodOutput.csv(value) })
        }
    }

    /// Runs `write`, a file system's refusal becoming a `FileError` about `path` (exit 73).
    private func writing(_ path: String, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as CocoaError {
            throw FileError(path: path, operation: "write", reason: error.underlying?.localizedDescription ?? error.localizedDescription)
        }
    }
}
