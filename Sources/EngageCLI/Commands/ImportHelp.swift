import EngageCore

/// The `--help` text of the import commands: the columns, how rows match, an example file.
enum ImportHelp {
    static func discussion(_ kind: ImportKind) -> String {
        let columns = kind.columns.map { "  \($0.name)\($0.required ? " (required)" : ""): \($0.help)" }.joined(separator: "\n")
        return """
            The first row names the columns, in any order (optional ones may be left out):
            \(columns)

            \(matching(kind))

            \(characters(kind))

            The file is checked whole before anything is stored: when any row is bad, nothing is \
            imported and the first 20 problems are listed as 'line N, column C: what is wrong' (exit 65). \
            With --skip-bad the good rows are stored and the bad ones written to that file. One audit \
            row records the import. CSV as RFC 4180: quoted fields may hold commas, quotes (doubled) and \
            line breaks; UTF-8, with or without a byte order mark; CRLF or LF.

            Example file (seeds/import-examples/\(kind.rawValue).csv):
            \(example(kind))
            """
    }

    /// How a row is matched to a stored record, and what happens then.
    private static func matching(_ kind: ImportKind) -> String {
        let key = switch kind {
        case .authorities: "its name, ignoring case. New authorities start as prospects"
        case .agencies: "its authority and name, ignoring case"
        case .activities: "its authority (or none: national), kind, date, title and officer; two such rows of one kind on one day by one officer need different titles"
        case .followups: "its authority, opened_on and request"
        }
        let match = !kind.hasRef ? "A row matches a stored \(kind.noun) by \(key)." : """
            A row with a ref (the stable key engage gives every \(kind.noun), which export writes) matches the \(kind.noun) \
            with that ref, or adds it with that ref when there is none, so an export restores every record, even two that \
            agree in all their other columns. A row without one (a hand-made file) is checked against the other rows \
            without one, and matches by \(key).
            """
        return match + " A row that matches is counted as unchanged and the stored record is left as it is (an import adds, never overwrites), so importing a file again changes nothing."
    }

    /// Which characters the columns allow (see `ImportColumn.layout`).
    private static func characters(_ kind: ImportKind) -> String {
        let free = kind.columns.filter { $0.layout == .multiline }.map(\.name)
        let lists = kind.columns.filter(\.listsNames).map(\.name)
        var allowed = free.isEmpty ? "" : free.joined(separator: " and ") + " may break lines and hold tabs; "
        if !lists.isEmpty { allowed += lists.joined(separator: " and ") + " lists names one per line; " }
        return "No field may hold a control character (a NUL, an escape, a bell): \(allowed)every other column is one line, "
            + "without tabs. A row breaking this is refused like any other bad row, naming the character and where it is."
    }

    private static func example(_ kind: ImportKind) -> String {
        switch kind {
        case .authorities:
            """
              name,region,profile
              Rochdale,North West,"Strong LSCB; many academies, few with a pastoral lead"
              Hackney,london,
            """
        case .agencies:
            """
              authority,name,type,forum,identified_on,reached_on,notes
              Rochdale,Rochdale LSCB,lscb,true,2014-01-15,,
              Rochdale,Rochdale heads forum,schools,false,2014-02-03,,Meets termly
            """
        case .activities:
            """
              authority,kind,date,sector,title,attendees,officer,planned,agencies,notes
              Rochdale,presentation,2014-03-12,,LSCB board meeting,14,Jo Whitfield,false,Rochdale LSCB,
              ,stall,2014-06-20,prisons,National prisons conference,,Alex Morgan,false,,
            """
        case .followups:
            """
              authority,request,kind,opened_on,due_on,closed_on,outcome
              Rochdale,A workshop for the head teachers forum,workshop,2014-05-10,2014-06-09,,
              Cornwall,Schools Handbook for 40 schools,materials,2014-04-01,2014-05-01,2014-04-20,Sent 40 copies
            """
        }
    }
}
