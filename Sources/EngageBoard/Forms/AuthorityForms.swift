import EngageCore

/// Adding an authority, on a page of its own (`/authorities/new`): its name, region and an
/// optional profile; it starts as a prospect (`Store.addAuthority`). For managers.
///
/// The router prefers the literal segment `new` to the `:name` of an authority's page, so this
/// page is reached whatever the order routes are added in (an authority called "new" would
/// need its page reached by another spelling, e.g. `/authorities/NEW`).
enum AuthorityForms {
    static let add = BoardForm(
        name: "authority-add", route: "/authorities/new", least: .manager,
        read: { input, _ in
            let name = input.required("name", "Enter the authority's name")
            let region = input.required("region", "Choose its region") == nil ? nil
                : input.parse("region") { text throws(EngageError) in try Region.parse(text) }
            let profile = input.optional("profile")
            guard let name, let region else { return nil }
            let authority = input.build(["name": "name"]) { () throws(EngageError) in
                try NewAuthority(name: name, region: region, profile: profile)
            }
            guard let authority else { return nil }
            return FormAction { store in
                let added: Authority
                do {
                    added = try store.addAuthority(authority)
                } catch let taken as EngageError where taken.kind == .duplicate {
                    throw taken.about("name")
                }
                return Confirmation(message: "\(added.name) added as a prospect in \(added.region.name).", path: AuthorityPage.path(of: added.name))
            }
        },
        page: { _, visit, _ in try NewAuthorityPage.render(visit) },
        fields: ["name": "name"],
        ownPage: true)
}
