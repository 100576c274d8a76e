import EngageCore
import EngageStore

/// Briefings, on their own page: writing one down (a sector briefing for a sector, a locality
/// briefing for the authorities it was written for), and recording each time one was sent.
enum BriefingForms {
    static let add = BoardForm(
        name: "briefing-add", route: "/briefings", least: .officer,
        read: { input, context in
            let title = input.required("title", "Enter the briefing's title")
            let kind = input.parse("kind") { text throws(EngageError) in try Briefing.Kind.parse(text) }
            let sector = input.optional("sector") == nil ? nil
                : input.parse("sector") { text throws(EngageError) in try Sector.parse(text) }
            let authorities = (input.optional("authorities") ?? "").split(whereSeparator: { $0 == "\n" || $0 == "," })
                .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let title, let kind, input.isValid else { return nil }
            let draft = input.build(addFields) { () throws(EngageError) in
                try Briefing.Draft(title: title, kind: kind, sector: kind == .sector ? sector : nil,
                                   authorities: kind == .locality ? authorities : [])
            }
            guard let draft else { return nil }
            return FormAction { store in
                let added = try store.addBriefing(draft)
                return Confirmation(message: "Briefing ‘\(added.title)’ added. Record where it was sent below.", path: "/briefings#send")
            }
        },
        page: briefingsPage,
        fields: addFields,
        ownPage: true)

    private static let addFields = ["title": "title", "sector": "sector", "authorities": "authorities"]

    static let send = BoardForm(
        name: "briefing-send", route: "/briefings/sent", least: .officer,
        read: { input, context in
            let title = input.required("briefing", "Choose the briefing that was sent")
            let name = input.required("recipient", "Enter who it was sent to")
            let sentOn = input.day("sent", label: "The date it was sent", orElse: context.today)
            let (kind, authority) = (input.text("to"), input.text("recipient-authority"))
            guard let title, let name, let sentOn, input.isValid else { return nil }
            let sending = input.build(sendFields) {
                () throws(EngageError) in
                try Briefing.Sending(title: title, recipient: try recipient(kind: kind, name: name, authority: authority),
                                     sentOn: sentOn, today: context.today)
            }
            guard let sending else { return nil }
            return FormAction { store in
                let sent = try store.sendBriefing(sending)
                return Confirmation(message: "‘\(sent.briefing)’ recorded as sent to \(sent.recipient) on \(sent.sentOn.description).",
                                    path: "/briefings")
            }
        },
        page: briefingsPage,
        fields: sendFields)

    private static let sendFields = ["recipient": "recipient", "recipientAuthority": "recipient-authority", "sentOn": "sent", "to": "to"]

    /// Who a briefing went to, from the form's choice of kind.
    private static func recipient(kind: String, name: String, authority: String) throws(EngageError) -> Briefing.Recipient {
        switch kind {
        case "authority": return .authority(name)
        case "network": return .network(name)
        case "agency": return .agency(name, in: authority)
        default: throw EngageError(.invalid, "choose what it was sent to: an authority, a network or an agency").about("to")
        }
    }

    /// The briefings page, for either form.
    static let briefingsPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, _ in
        BriefingsPage.render(try store.briefings(), visit: visit)
    }
}
