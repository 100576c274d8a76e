import EngageCore

// The records of `GET /api/followups`, the service's busiest read, written member by member. A
// record's own members and those its wrappers add (`age_days`, `item`, `overdue`) form one
// object, so each record writes them all in one sorted sequence, the wrappers' when given.

extension FollowUp: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writeJSON(to: &writer, ageDays: nil, item: nil, overdue: nil) }

    func writeJSON(to writer: inout JSONWriter, ageDays: Int?, item: StaticString?, overdue: Bool?) {
        writer.beginObject()
        if let ageDays { writer.member("age_days", ageDays) }
        writer.member("authority", authority)
        writer.member("authority_status", authorityStatus)
        writer.member("closed_on", closedOn)
        writer.member("contact_id", contactId)
        writer.member("due_on", dueOn)
        writer.member("id", id)
        if let item { writer.key("item"); writer.value(item.description) }
        writer.member("kind", kind)
        writer.member("lead_officer", leadOfficer)
        writer.member("opened_on", openedOn)
        writer.member("outcome", outcome)
        if let overdue { writer.member("overdue", overdue) }
        writer.member("region", region)
        writer.member("summary", summary)
        writer.endObject()
    }
}

extension AwaitingFollowUp: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        followUp.writeJSON(to: &writer, ageDays: ageDays, item: nil, overdue: overdue)
    }
}

extension PlanAction: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writeJSON(to: &writer, item: nil, overdue: nil) }

    func writeJSON(to writer: inout JSONWriter, item: StaticString?, overdue: Bool?) {
        writer.beginObject()
        writer.member("action", action)
        writer.member("authority", authority)
        writer.member("closed_on", closedOn)
        writer.member("drop_reason", dropReason)
        writer.member("due_on", dueOn)
        writer.member("id", id)
        if let item { writer.key("item"); writer.value(item.description) }
        writer.member("lead_officer", leadOfficer)
        if let overdue { writer.member("overdue", overdue) }
        writer.member("owner", owner)
        writer.member("owner_contact_id", ownerContactId)
        writer.member("owner_kind", ownerKind)
        writer.member("region", region)
        writer.member("statement", statement)
        writer.member("status", status)
        writer.endObject()
    }
}

extension AwaitingAction: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { action.writeJSON(to: &writer, item: nil, overdue: overdue) }
}

extension AwaitingItem: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .followUp(let awaiting):
            awaiting.followUp.writeJSON(to: &writer, ageDays: awaiting.ageDays, item: "followup", overdue: awaiting.overdue)
        case .action(let awaiting):
            awaiting.action.writeJSON(to: &writer, item: "action", overdue: awaiting.overdue)
        }
    }
}
