import EngageCore
import EngageStore

/// Random valid records of every kind that export carries (authorities, agencies, activities,
/// follow-ups), entered through the store's public write functions as the CLI and the API enter
/// them, together with what export leaves out but may disturb it (officers, contacts and their
/// erasure, lead officers).
///
/// The records that natural keys cannot tell apart are made on purpose, early and then at random:
/// twin activities (same authority or national, kind, day, title and officer; different agencies
/// or sectors, or nothing different at all) and twin follow-ups (same authority, day and words,
/// different kinds). Days come from a small pool so that records share them; names, titles and
/// notes mix scripts, emoji, quotes, commas, backslashes, tabs and line breaks.
struct RecordGenerator {
    private var random: SplitMix64
    private let today: Day
    private let plan: (authorities: Int, agencies: Int, contacts: Int, activities: Int, followUps: Int)
    private var days: [Day] = []
    private var officers: [String] = []
    private var authorities: [String] = []
    /// Each authority's agencies, by name.
    private var agencies: [String: [String]] = [:]
    private var contacts: [(id: Int64, authority: String, name: String)] = []
    private var agencyCount = 0
    /// How many follow-ups lost their contact to an erasure.
    private(set) var unlinkedByErasure = 0

    /// A generator of about `records` records, every date on or before `today` except planned activities'.
    init(seed: UInt64, records: Int, today: Day) {
        random = SplitMix64(seed: seed)
        self.today = today
        let authorities = max(6, records / 16), agencies = records / 8, contacts = max(4, records / 32), followUps = records / 4
        plan = (authorities, agencies, contacts, max(1, records - authorities - agencies - contacts - followUps), followUps)
    }

    /// Writes the records into `store`.
    mutating func fill(_ store: Store) throws {
        days = (0..<max(10, plan.activities / 12)).map { _ in today.adding(days: -random.int(0...730)) }
        try addOfficers(store)
        for index in 0..<plan.authorities { try addAuthority(index, store) }
        for _ in 0..<plan.agencies { try addAgency(to: random.pick(authorities), store) }
        for index in 0..<plan.contacts { try addContact(index, store) }
        for index in 0..<plan.activities { try addActivity(index, store) }
        for index in 0..<plan.followUps { try addFollowUp(index, store) }
        for (index, contact) in contacts.enumerated() where index % 2 == 0 {
            unlinkedByErasure += try store.eraseContact(id: contact.id).followUpsUnlinked
        }
        try assignLeads(store)
    }

    /// The officers' names; the target database of a round trip needs them too.
    var officerNames: [String] { officers }

    private mutating func addOfficers(_ store: Store) throws {
        for (name, region) in Self.officers {
            officers.append(try store.addOfficer(NewOfficer(name: name, region: region)).name)
        }
    }

    private mutating func addAuthority(_ index: Int, _ store: Store) throws {
        let name = "\(index < Self.places.count ? Self.places[index] : random.pick(Self.places)) \(index)"
        let profile = random.maybe(Self.notes, nilPercent: 40)
        authorities.append(try store.addAuthority(NewAuthority(name: name, region: random.pick(Region.allCases), profile: profile)).name)
    }

    private mutating func addAgency(to authority: String, _ store: Store) throws {
        let name = newAgencyName()
        _ = try store.addAgency(NewAgency(authority: authority, name: name, type: random.pick(AgencyType.allCases), forum: random.chance(20),
                                          identifiedOn: today.adding(days: -random.int(0...900)), today: today))
        agencies[authority, default: []].append(name)
    }

    private mutating func newAgencyName() -> String {
        agencyCount += 1
        return "\(random.pick(Self.agencyNames)) \(agencyCount)"
    }

    private mutating func addContact(_ index: Int, _ store: Store) throws {
        let authority = random.pick(authorities), name = "\(random.pick(Self.people)) \(index)"
        let contact = try store.addContact(NewContact(authority: authority, name: name, role: "LSCB Manager",
                                                      email: random.chance(50) ? "person\(index)@example.org" : nil))
        contacts.append((contact.id, authority, contact.name))
    }

    /// An activity, then sometimes its twin. By schedule, whatever the seed: the first is national
    /// with a twin of another sector, the fourth planned, the fifth untitled with a twin, the ninth
    /// one with a twin the same in every column.
    private mutating func addActivity(_ index: Int, _ store: Store) throws {
        let national = index % 5 == 0 || random.chance(10)
        let activity = try newActivity(national ? nil : random.pick(authorities), untitled: index % 8 == 4,
                                       planned: index % 10 == 3 || random.chance(5))
        _ = try store.addActivity(activity)
        guard index % 4 == 0 || random.chance(10) else { return }
        _ = try store.addActivity(index % 12 == 8 ? activity : twin(of: activity))
    }

    private mutating func newActivity(_ authority: String?, untitled: Bool, planned: Bool) throws -> NewActivity {
        let date = planned ? today.adding(days: random.int(0...90)) : random.pick(days)
        var reached = authority.map { reachable(in: $0) } ?? []
        let newAgency = authority != nil && random.chance(10) ? newAgencyName() : nil
        if let authority, let newAgency {
            reached.append(newAgency)
            agencies[authority, default: []].append(newAgency)
        }
        return try NewActivity(
            scope: authority.map(NewActivity.Scope.authority) ?? .national, kind: random.pick(ActivityKind.allCases), date: date,
            sector: authority == nil ? random.pick(Sector.allCases) : random.maybe(Sector.allCases, nilPercent: 50),
            agencies: reached, newAgencyType: newAgency == nil ? nil : random.pick(AgencyType.allCases),
            attendees: random.chance(30) ? nil : random.int(0...400), officer: random.pick(officers),
            title: untitled ? nil : random.maybe(Self.titles, nilPercent: 50), notes: random.maybe(Self.notes, nilPercent: 50), planned: planned, today: today)
    }

    /// Up to three of the authority's agencies, without repeats.
    private mutating func reachable(in authority: String) -> [String] {
        let known = agencies[authority] ?? []
        guard !known.isEmpty else { return [] }
        return Array(Set((0..<random.int(0...3)).map { _ in random.pick(known) })).sorted()
    }

    /// The same natural key (scope, kind, date, title, officer), for other agencies or another sector.
    private mutating func twin(of activity: NewActivity) throws -> NewActivity {
        var sector = activity.sector
        var reached: [String] = []
        if case .authority(let name) = activity.scope { reached = reachable(in: name) } else {
            sector = random.pick(Sector.allCases.filter { $0 != activity.sector })
        }
        return try NewActivity(scope: activity.scope, kind: activity.kind, date: activity.date, sector: sector, agencies: reached,
                               attendees: random.chance(50) ? nil : random.int(0...400), officer: activity.officer,
                               title: activity.title, notes: random.maybe(Self.notes, nilPercent: 50), planned: activity.planned, today: today)
    }

    /// A follow-up, sometimes done, then sometimes a twin of another kind. By schedule: the first
    /// has a twin, the second is done, every fifth from the third on is from the next contact
    /// (whom erasure may remove later).
    private mutating func addFollowUp(_ index: Int, _ store: Store) throws {
        let contact = index % 5 == 2 ? contacts[(index / 5) % contacts.count] : nil
        let authority = contact?.authority ?? random.pick(authorities)
        let opened = random.pick(days), summary = random.pick(Self.requests), kind = random.pick(FollowUp.Kind.allCases)
        let due = random.chance(50) ? nil : opened.adding(days: random.int(0...90))
        for kind in [kind] + (index % 4 == 0 || random.chance(10) ? [random.pick(FollowUp.Kind.allCases.filter { $0 != kind })] : []) {
            let request = try NewFollowUp(authority: authority, summary: summary, kind: kind, contact: contact?.name,
                                          openedOn: opened, dueOn: due, today: today)
            let added = try store.addFollowUp(request)
            guard index % 3 == 1 || random.chance(30) else { continue }
            let closed = min(today, opened.adding(days: random.int(0...120)))
            _ = try store.completeFollowUp(id: added.id, outcome: random.pick(Self.outcomes), on: closed, today: today)
        }
    }

    /// A few authorities get a lead officer: state that export leaves out (import makes prospects).
    private func assignLeads(_ store: Store) throws {
        for (index, authority) in authorities.prefix(officers.count * 2).enumerated() {
            _ = try store.request(authority)
            _ = try store.assign(authority, officer: officers[index % officers.count])
        }
    }

    private static let officers: [(String, Region)] = [
        ("Zoë Ó Súilleabháin", .southWest), ("Jo Whitfield", .northWest), ("Łukasz Żółć", .london), ("Ada Lovelace 👩🏽‍💻", .eastMidlands),
    ]
    private static let places = [
        "Łódź", "Zoë Ó Súilleabháin Borough", "Bristol, City of", "King's Lynn and \"West\" Norfolk", "Ynys Môn", "東京都",
        "Café ☕ Town", "Back\\slash Vale", "Brighton & Hove", "St. Helens",
    ]
    private static let agencyNames = [
        "LSCB", "Heads' forum", "Police, safeguarding", "Ysgol Gymraeg", "Health 🏥 board", "Łódź schools", "\"Quoted\" trust",
    ]
    private static let people = ["Siobhán Ní Bhriain", "Dana Cole", "Zoë Ó Súilleabháin", "Ольга Петрова"]
    private static let titles = ["Board meeting", "Heads' forum, spring term", "Łódź café ☕", "\"Hidden Sentence\" day", "Zoë's workshop"]
    private static let requests = ["More please", "A workshop for the heads forum", "Materials: 40 Schools Handbooks",
                                   "Łódź conference ☕", "Zoë's \"follow-up\", soon"]
    private static let outcomes = ["Done", "Workshop booked\nfor March", "Sent 40 copies 📦", "Zoë replied;\tclosed"]
    private static let notes = [
        "two\nlines", "a tab\there", "Windows\r\nline end", "quote \" and comma ,", "first\n\\.\nlast, after the end-of-copy marker",
        "emoji 🎉👩🏽‍💼", "Zoë Ó Súilleabháin — “curly” quotes", "  spaces around  ", "line one\u{2028}line two", "Strong LSCB; many academies",
    ]
}
