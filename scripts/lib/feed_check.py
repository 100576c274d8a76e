#!/usr/bin/env python3
"""Checks a calendar feed of `engage serve` with a real iCalendar parser (PyPI's icalendar).

    feed_check.py URL EXPECTED.json       fetch the feed, parse it, compare it; exit 0 when it
                                          holds exactly the expected events, else 1
    feed_check.py expected FOLLOWUPS.json PLANS.json ACTIVITIES.json [--officer NAME]
                                          print the expected events (JSON) from the CLI's
                                          `followup list --json`, `plan list --open --json` and
                                          `activity list --json`: the team's, or NAME's

EXPECTED.json is {"calendar_name": "engage: the team", "events": [{"uid": "followup-12@engage",
"date": "YYYY-MM-DD", "summary": "Follow-up · Dorset: …"}, …]} (calendar_name optional; a bare
list of events is accepted too). Checks: 200 and Content-Type text/calendar; every line ends in
CRLF, is valid UTF-8 and at most 75 octets (folded); VERSION 2.0, METHOD PUBLISH, PRODID,
CALSCALE GREGORIAN, X-WR-CALNAME; the VEVENTs' UIDs are exactly the expected ones, none twice;
each event is all-day (DTSTART;VALUE=DATE on its date, DTEND the next day), has DTSTAMP,
SEQUENCE and LAST-MODIFIED, and its SUMMARY parses back to the expected text exactly (commas,
semicolons, backslashes and line breaks survive escaping).

icalendar (pinned below) is installed with pip into the virtual environment
.local/feed-check-venv of the repository (ignored by git) when missing; the script then runs
itself again with that environment's python. Network access to PyPI is needed the first time.
"""
import datetime
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

ICALENDAR_VERSION = "7.3.0"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(ROOT, ".local", "feed-check-venv")
SUMMARY_LABELS = {"followup": "Follow-up", "plan-action": "Plan action", "activity": "Activity"}


def ensure_icalendar():
    """Imports icalendar, or installs it into VENV and re-runs this script with VENV's python."""
    try:
        import icalendar  # noqa: F401
        return
    except ImportError:
        pass
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        sys.exit(f"feed-check: icalendar is still missing from {VENV}")
    if not os.path.exists(python):
        print(f"feed-check: creating {os.path.relpath(VENV, ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    if subprocess.run([python, "-c", "import icalendar"], stderr=subprocess.DEVNULL).returncode != 0:
        print(f"feed-check: installing icalendar {ICALENDAR_VERSION} with pip", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        f"icalendar=={ICALENDAR_VERSION}"], check=True)
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


def expected_events(followups, plans, activities, officer=None):
    """The events the CLI's records give: open follow-ups with a due date, open plan actions,
    planned activities; for `officer`, only the authorities they lead and the activities they
    deliver."""
    events = []
    for f in followups:
        if f.get("item", "followup") != "followup" or not f.get("due_on") or f.get("closed_on"):
            continue
        if officer is None or f.get("lead_officer") == officer:
            events.append(event("followup", f["id"], f["due_on"], f["authority"], f["summary"]))
    for p in plans:
        if p.get("status") == "open" and (officer is None or p.get("lead_officer") == officer):
            events.append(event("plan-action", p["id"], p["due_on"], p["authority"], p["action"]))
    for a in activities:
        if a.get("planned") and (officer is None or a.get("officer") == officer):
            events.append(event("activity", a["id"], a["occurred_on"], a.get("authority"), a.get("title") or a["kind"]))
    name = f"engage: {officer}" if officer else "engage: the team"
    return {"calendar_name": name, "events": events}


def event(kind, id, date, authority, title):
    return {"uid": f"{kind}-{id}@engage", "date": date,
            "summary": f"{SUMMARY_LABELS[kind]} · {authority or 'national'}: {title}"}


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def check_lines(body, problems):
    """CRLF line ends, UTF-8, at most 75 octets a line."""
    if not body.endswith(b"\r\n"):
        problems.append("the feed does not end with CRLF")
    for number, line in enumerate(body.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number} holds a bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number} is {len(line)} octets long (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number} is not UTF-8 on its own (a fold split a character)")


def check_calendar(calendar, expected, problems):
    for name, value in [("VERSION", "2.0"), ("METHOD", "PUBLISH"), ("CALSCALE", "GREGORIAN")]:
        if str(calendar.get(name, "")) != value:
            problems.append(f"{name} is {str(calendar.get(name, ''))!r}, not {value}")
    if not calendar.get("PRODID"):
        problems.append("no PRODID")
    want_name = expected.get("calendar_name")
    if want_name is not None and str(calendar.get("X-WR-CALNAME", "")) != want_name:
        problems.append(f"X-WR-CALNAME is {str(calendar.get('X-WR-CALNAME', ''))!r}, not {want_name!r}")


def check_events(calendar, expected, problems):
    events = [c for c in calendar.walk("VEVENT")]
    uids = [str(e.get("UID")) for e in events]
    wanted = {e["uid"]: e for e in expected["events"]}
    for uid in sorted({u for u in uids if uids.count(u) > 1}):
        problems.append(f"UID {uid} appears {uids.count(uid)} times")
    for uid in sorted(set(wanted) - set(uids)):
        problems.append(f"missing: {uid} ({wanted[uid]['summary']!r})")
    for uid in sorted(set(uids) - set(wanted)):
        problems.append(f"unexpected: {uid}")
    for e in events:
        uid = str(e.get("UID"))
        want = wanted.get(uid)
        start, end = e.get("DTSTART"), e.get("DTEND")
        if start is None or end is None or isinstance(start.dt, datetime.datetime) or not isinstance(start.dt, datetime.date):
            problems.append(f"{uid}: DTSTART/DTEND are not all-day dates")
            continue
        if end.dt != start.dt + datetime.timedelta(days=1):
            problems.append(f"{uid}: DTEND {end.dt} is not the day after DTSTART {start.dt}")
        for name in ["DTSTAMP", "SEQUENCE", "LAST-MODIFIED"]:
            if e.get(name) is None:
                problems.append(f"{uid}: no {name}")
        if want is None:
            continue
        if start.dt.isoformat() != want["date"]:
            problems.append(f"{uid}: on {start.dt}, expected {want['date']}")
        if str(e.get("SUMMARY")) != want["summary"]:
            problems.append(f"{uid}: SUMMARY parses as {str(e.get('SUMMARY'))!r}, expected {want['summary']!r}")
    return len(events)


def check(url, expected_path):
    ensure_icalendar()
    import icalendar
    with open(expected_path, encoding="utf-8") as file:
        expected = json.load(file)
    if isinstance(expected, list):
        expected = {"events": expected}
    status, content_type, body = fetch(url)
    shown = url.split("/feeds/")[0] + "/feeds/…" if "/feeds/" in url else url
    if status != 200:
        print(f"feed-check: FAIL: {shown} answered {status}")
        return 1
    problems = []
    if not content_type.lower().startswith("text/calendar"):
        problems.append(f"Content-Type is {content_type!r}, not text/calendar")
    check_lines(body, problems)
    try:
        calendar = icalendar.Calendar.from_ical(body.decode("utf-8"))
    except Exception as error:  # the parser's own refusal, whatever its kind
        print(f"feed-check: FAIL: icalendar could not parse {shown}: {error}")
        return 1
    check_calendar(calendar, expected, problems)
    count = check_events(calendar, expected, problems)
    if problems:
        print(f"feed-check: FAIL: {shown}: {count} events, {len(problems)} problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"feed-check: ok: {shown}: {count} events, exactly the {len(expected['events'])} expected UIDs, "
          f"all-day, summaries round-trip through escaping (icalendar {icalendar.__version__})")
    return 0


def main(argv):
    if len(argv) >= 4 and argv[0] == "expected":
        officer = None
        if "--officer" in argv:
            index = argv.index("--officer")
            officer = argv[index + 1] if index + 1 < len(argv) else sys.exit("feed-check: --officer needs a name")
            argv = argv[:index] + argv[index + 2:]
        loaded = []
        for path in argv[1:4]:
            with open(path, encoding="utf-8") as file:
                loaded.append(json.load(file))
        print(json.dumps(expected_events(*loaded, officer=officer), ensure_ascii=False, indent=2))
        return 0
    if len(argv) == 2:
        return check(argv[0], argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
