# Sourced by scripts/board-check (or any script with $ENGAGE_ROOT set):
#   feed_check ENGAGE URL [OFFICER]
# checks the calendar feed at URL (http://HOST:PORT/feeds/SECRET.ics) against the open records
# the CLI ENGAGE (a path to the engage binary, on the same database) lists: the team's, or those
# of OFFICER (the authorities OFFICER leads and the activities OFFICER delivers). It writes the
# CLI's JSON and the expected events to a temporary folder, runs scripts/lib/feed_check.py (which
# installs PyPI's icalendar into .local/feed-check-venv when missing), prints its summary and
# returns its status: 0 when the feed holds exactly the expected events, 1 otherwise. The URL's
# secret is never printed.
feed_check() {
    local engage=$1 url=$2 officer=${3:-} dir status=0
    dir=$(mktemp -d)
    "$engage" followup list --json >"$dir/followups.json" &&
        "$engage" plan list --open --json >"$dir/plans.json" &&
        "$engage" activity list --json >"$dir/activities.json" || { rm -rf "$dir"; return 1; }
    python3 "$ENGAGE_ROOT/scripts/lib/feed_check.py" expected "$dir/followups.json" "$dir/plans.json" "$dir/activities.json" \
        ${officer:+--officer "$officer"} >"$dir/expected.json" || { rm -rf "$dir"; return 1; }
    python3 "$ENGAGE_ROOT/scripts/lib/feed_check.py" "$url" "$dir/expected.json" || status=$?
    rm -rf "$dir"
    return "$status"
}
