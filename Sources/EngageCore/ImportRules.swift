/// The rules each kind's rows follow on their own, turning a row's text into normalised values.
enum ImportRules {
    /// The normalised values of a good row, in the kind's column order.
    /// - Throws: `ImportProblem` naming the first column that breaks a rule.
    static func normalise(_ kind: ImportKind, _ fields: ImportFields, today: Day) throws(ImportProblem) -> [String?] {
        switch kind {
        case .authorities: try authority(fields)
        case .agencies: try agency(fields, today: today)
        case .activities: try activity(fields, today: today)
        case .followups: try followUp(fields, today: today)
        }
    }

    private static func authority(_ fields: ImportFields) throws(ImportProblem) -> [String?] {
        _ = try fields.required("name")
        let name = try fields.name("name", of: "authority")
        let region = try fields.parse("region") { text throws(EngageError) in try Region.parse(text) }
        guard let region else { throw ImportProblem(column: "region", message: "the region is missing; every row needs one") }
        return [name, region.rawValue, fields.text("profile")]
    }

    private static func agency(_ fields: ImportFields, today: Day) throws(ImportProblem) -> [String?] {
        let authority = try fields.name("authority", of: "authority")
        _ = try fields.required("name")
        let name = try fields.name("name", of: "agency")
        _ = try fields.required("type")
        let type = try fields.parse("type") { text throws(EngageError) in try AgencyType.parse(text) }
        let forum = try fields.flag("forum") ?? false || type?.isForum == true
        let identified = try fields.day("identified_on") ?? today
        try notFuture(identified, "identified_on", today: today, hint: "give the date it was identified")
        let reached = try fields.day("reached_on")
        if let reached {
            try notFuture(reached, "reached_on", today: today, hint: "give the date an activity first reached it")
            guard reached >= identified else {
                throw ImportProblem(column: "reached_on", message: "reached on \(reached), before it was identified on \(identified); correct one of the two dates")
            }
        }
        return [authority, name, type?.rawValue, String(forum), identified.description, reached?.description, fields.text("notes")]
    }

    private static func activity(_ fields: ImportFields, today: Day) throws(ImportProblem) -> [String?] {
        let ref = try fields.parse("ref", RecordRef.parse)
        let authority = try fields.name("authority", of: "authority")
        _ = try fields.required("kind")
        let kind = try fields.parse("kind") { text throws(EngageError) in try ActivityKind.parse(text) }
        _ = try fields.required("date")
        let date = try fields.day("date")
        let sector = try fields.parse("sector") { text throws(EngageError) in try Sector.parse(text) }
        let attendees = try fields.parse("attendees", attendeeCount)
        _ = try fields.required("officer")
        let officer = try fields.name("officer", of: "officer")
        let planned = try fields.flag("planned") ?? false
        if let date, !planned, date > today {
            throw ImportProblem(column: "date", message: "the activity's date \(date) is in the future; set planned to true to book it, or give the date it happened (today is \(today))")
        }
        let agencies = try agencyNames(fields)
        if authority == nil {
            guard sector != nil else {
                throw ImportProblem(column: "sector", message: "a national activity (no authority) needs the sector of its audience; use one of: " + Sector.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard agencies == nil else {
                throw ImportProblem(column: "agencies", message: "a national activity reaches no agencies of an authority; name the authority, or leave agencies blank")
            }
        }
        return [ref, authority, kind?.rawValue, date?.description, sector?.rawValue, fields.text("title"), attendees.map(String.init),
                officer, String(planned), agencies, fields.text("notes")]
    }

    private static func followUp(_ fields: ImportFields, today: Day) throws(ImportProblem) -> [String?] {
        let ref = try fields.parse("ref", RecordRef.parse)
        _ = try fields.required("authority")
        let authority = try fields.name("authority", of: "authority")
        let request = try fields.required("request")
        guard request.count <= NewFollowUp.maximumSummaryLength else {
            throw ImportProblem(column: "request", message: "the request is \(request.count) characters long; keep it to \(NewFollowUp.maximumSummaryLength)")
        }
        let kind = try fields.parse("kind") { text throws(EngageError) in try FollowUp.Kind.parse(text) } ?? .other
        _ = try fields.required("opened_on")
        let opened = try fields.day("opened_on") ?? today
        try notFuture(opened, "opened_on", today: today, hint: "give the date it was asked for")
        // Left out of the header: the CLI's default. A blank field: no due date, as exported.
        let due = try fields.day("due_on") ?? (fields.has("due_on") ? nil : FollowUp.defaultDue(openedOn: opened))
        if let due, due < opened {
            throw ImportProblem(column: "due_on", message: "due on \(due), before it was opened on \(opened); give a due date on or after \(opened)")
        }
        let closed = try fields.day("closed_on")
        let outcome = fields.text("outcome")
        if let closed {
            try notFuture(closed, "closed_on", today: today, hint: "give the date it was done")
            guard closed >= opened else {
                throw ImportProblem(column: "closed_on", message: "closed on \(closed), before it was opened on \(opened); correct one of the two dates")
            }
            guard outcome != nil else { throw ImportProblem(column: "outcome", message: "a closed follow-up needs its outcome; say what was done") }
        } else if outcome != nil {
            throw ImportProblem(column: "closed_on", message: "an outcome is given but no closed_on date; give the date it was done, or leave outcome blank")
        }
        return [ref, authority, request, kind.rawValue, opened.description, due?.description, closed?.description, outcome]
    }

    private static func notFuture(_ date: Day, _ column: String, today: Day, hint: String) throws(ImportProblem) {
        guard date <= today else {
            throw ImportProblem(column: column, message: "the date \(date) is in the future; \(hint), today (\(today)) or earlier")
        }
    }

    private static func attendeeCount(_ text: String) throws(EngageError) -> Int {
        guard let count = Int(text) else {
            throw EngageError(.invalid, "'\(text)' is not a whole number of attendees", hint: "write a number such as 12, or leave it blank when unknown")
        }
        guard NewActivity.attendeesRange.contains(count) else {
            let what = count < 0 ? "a negative number of attendees (\(count))" : "\(count) attendees is out of range"
            throw EngageError(.invalid, what, hint: "give a number from 0 to \(NewActivity.attendeesRange.upperBound), or leave it blank when unknown")
        }
        return count
    }

    /// The agency names, one per line, checked and without repeats (ignoring case); nil when none.
    private static func agencyNames(_ fields: ImportFields) throws(ImportProblem) -> String? {
        guard let text = fields.text("agencies") else { return nil }
        // One name (the usual case): no line to split, and the text is trimmed already.
        if !text.utf8.contains(where: mayBreakLine) {
            do { return try DisplayName.validated(text, of: "agency") } catch { throw ImportProblem(column: "agencies", error) }
        }
        var names: [String] = []
        for part in text.split(whereSeparator: \.isNewline) {
            let trimmed = part.description.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            let name: String
            do { name = try DisplayName.validated(trimmed, of: "agency") } catch { throw ImportProblem(column: "agencies", error) }
            if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
        }
        return names.isEmpty ? nil : names.joined(separator: "\n")
    }

    /// Whether a UTF-8 byte may belong to a line break `Character.isNewline` knows: LF, VT, FF,
    /// CR, or the lead byte of NEL (U+0085) and of the separators U+2028 and U+2029.
    private static func mayBreakLine(_ byte: UInt8) -> Bool {
        (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
    }
}
