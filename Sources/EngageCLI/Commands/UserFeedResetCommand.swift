import ArgParse
import EngageCore
import EngageHTTP
import EngageRendering

/// `engage user feed-reset NAME [--revoke]`.
struct UserFeedResetCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "feed-reset",
        abstract: "Issue an account a new calendar feed address, printed once; or revoke its feed with --revoke.",
        discussion: """
            A calendar feed is an iCalendar (RFC 5545) address that Outlook, Google Calendar or Thunderbird \
            subscribe to: what is due as all-day events (follow-ups with a due date, open plan actions, planned \
            activities). An officer's account gets the authorities that officer leads and the activities they \
            deliver; a manager's and a viewer's get the team's (a viewer reads all of it on the board already). \
            The address holds a secret of its own, kept only as its hash, so it is printed only this once; \
            issuing one replaces the old, whose address answers 404 at once, and --revoke ends the feed. The \
            address is under $ENGAGE_PUBLIC_URL when it is set, else the path alone (put the service's address \
            before it). The audit log keeps who did it, never the secret. --json prints \
            {"feed": {"path": …, "url": …, "scope": …, "issued_at": …}, "user": {…}} (with --revoke, the feed \
            that was revoked and no path). Exit 65 for an unknown account, and for --revoke without a live feed.
            """,
        positionals: [Positional("NAME", help: "The account's name, from 'engage user list'.")],
        options: [.flag("revoke", help: "Revoke the live feed instead: its address answers 404 from now on.")] + CommonOptions.writing,
        examples: [
            Example(#"engage user feed-reset "Jo Whitfield""#, "A new feed address for Jo to subscribe to; the old one stops."),
            Example(#"ENGAGE_PUBLIC_URL=https://engage.example.org engage user feed-reset "Jo Whitfield" --json"#,
                    "The same, the full address in JSON for a script."),
            Example(#"engage user feed-reset "Jo Whitfield" --revoke"#, "Jo's laptop was stolen: her feed's address stops answering."),
        ])

    let name: String
    let revoke: Bool
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        revoke = arguments.flag("revoke")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        if revoke {
            let (feed, account) = try context.withStore(common) { store in (try store.revokeFeed(of: name), try store.user(named: name)) }
            if common.json { return context.print(try JSONOutput.render(FeedOutput(user: account, feed: feed, path: nil, url: nil))) }
            return context.print("revoked \(account.name)'s calendar feed: its address no longer answers")
        }
        let (issued, account) = try context.withStore(common) { store in (try store.issueFeed(for: name), try store.user(named: name)) }
        let url = try publicOrigin(in: context)?.url(issued.path)
        if common.json {
            return context.print(try JSONOutput.render(FeedOutput(user: account, feed: issued.feed, path: issued.path, url: url)))
        }
        context.print("""
            calendar feed for \(account.name) (\(issued.feed.scope.rawValue): \(issued.feed.scope.describe(officer: account.officer))):
            \(url ?? issued.path)
            Hand it over now: it cannot be shown again.\(issued.replaced ? " The old address no longer answers." : "")\
            \(url == nil ? " Put the service's address before it (ENGAGE_PUBLIC_URL is not set)." : "")
            """)
    }

    /// `ENGAGE_PUBLIC_URL`, when set.
    private func publicOrigin(in context: Context) throws -> PublicOrigin? {
        guard let text = context.environment["ENGAGE_PUBLIC_URL"], !text.isEmpty else { return nil }
        switch PublicOrigin.parse(text) {
        case .success(let origin): return origin
        case .failure(let refusal): throw UsageError("ENGAGE_PUBLIC_URL: \(refusal)", commandPath: ["engage", "user", "feed-reset"])
        }
    }
}
