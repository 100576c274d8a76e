#!/usr/bin/env python3
"""Checks the period report's PDF against its JSON: what `engage report period --pdf` printed says
what `engage report period --json` says, for the same period and database.

The PDF is read with poppler's `pdftotext -layout` (Debian's poppler-utils), which keeps each table
row on one line. Checked: the seven section titles in chapter 3's order; every headline count on
its label's line; the Total row of events by sector × kind ending in the events' total and holding
each kind's total; every authority of the agencies table; each status's count in the funnel; each
Quality Statement of the outcomes with its rose, stayed and fell. Prints one line per failure, and
exits 0 when all hold, 1 otherwise.

Usage: period_check.py --json PERIOD.json --pdf PERIOD.pdf
"""
import argparse
import json
import re
import subprocess
import sys

TITLES = ["Headline counts", "Agencies reached: authority × agency type", "Events by audience sector × kind",
          "Briefings and where they went", "Requests for more", "The funnel: authorities per status and stage",
          "Outcomes against the Quality Statements"]

HEADLINES = [("Authorities engaged directly (presentation or workshop)", "authorities_engaged"),
             ("Authorities reached through more than one agency type", "authorities_reached_through_several_types"),
             ("Presentations delivered", "presentations"), ("Workshops delivered", "workshops"),
             ("Events, all kinds", "events"), ("Briefings published", "briefings_published"),
             ("Briefing disseminations sent", "disseminations"),
             ("Authorities that asked for further engagement", "authorities_asking_for_more")]


def section(text, title):
    """The text from `title` to the next section's title (or the end)."""
    start = text.find(title)
    if start < 0:
        return ""
    later = [text.find(t, start + len(title)) for t in TITLES if t != title]
    ends = [at for at in later if at > start]
    return text[start:min(ends)] if ends else text[start:]


def line_with(text, start):
    """The first line whose words begin with `start` (spaces collapsed), or None."""
    for line in text.splitlines():
        if " ".join(line.split()).startswith(start):
            return " ".join(line.split())
    return None


def check(report, text):
    failures = []
    fail = failures.append
    flat = " ".join(text.split())
    at = -1
    for title in TITLES:
        found = flat.find(title, at + 1)
        if found < 0:
            fail(f"section '{title}' is missing, or out of order")
        at = max(at, found)

    summary = report["summary"]
    for label, key in HEADLINES:
        line = line_with(text, label)
        if line is None or not line.endswith(f" {summary[key]}"):
            fail(f"headline '{label}': the JSON says {summary[key]}, the PDF's line is {line!r}")

    events = report["events"]
    total = line_with(section(text, TITLES[2]), "Total")
    numbers = [int(n) for n in re.findall(r"\b\d+\b", total or "")]
    if not numbers or numbers[-1] != events["total"]:
        fail(f"events: the Total row {total!r} does not end in the JSON's total {events['total']}")
    for kind in events["totals"]:
        if kind["count"] not in numbers:
            fail(f"events: {kind['kind']}'s total {kind['count']} is not on the Total row {total!r}")

    for row in report["agencies"]["rows"]:
        if line_with(section(text, TITLES[1]), row["authority"]) is None:
            fail(f"agencies: no row for {row['authority']}")

    for status in report["funnel"]["statuses"]:
        line = line_with(section(text, TITLES[5]), f"status {status['status']}")
        if line is None or not line.endswith(f" {status['authorities']}"):
            fail(f"funnel: status {status['status']} has {status['authorities']} in the JSON, the PDF's line is {line!r}")

    for statement in report["outcomes"]["statements"]:
        # The statement's key opens its row (a long key or title wraps onto the next lines).
        line = line_with(section(text, TITLES[6]), f"statement {statement['statement'].split('-')[0]}")
        wanted = f"{statement['authorities']} {statement['rose']} {statement['stayed']} {statement['fell']}"
        if line is None or wanted not in line:
            fail(f"outcomes: {statement['statement']} should read '{wanted}' (authorities, rose, stayed, fell): {line!r}")
    return failures


def main():
    parser = argparse.ArgumentParser(description="Check the period report's PDF against its JSON.")
    parser.add_argument("--json", required=True)
    parser.add_argument("--pdf", required=True)
    args = parser.parse_args()
    with open(args.json, encoding="utf-8") as f:
        report = json.load(f)
    text = subprocess.run(["pdftotext", "-layout", args.pdf, "-"], capture_output=True, text=True, check=True).stdout
    failures = check(report, text)
    pages = subprocess.run(["pdfinfo", args.pdf], capture_output=True, text=True).stdout
    count = re.search(r"Pages:\s+(\d+)", pages)
    size = "A4" if "(A4)" in pages else "not A4"
    if size != "A4":
        failures.append(f"the PDF's pages are {size}")
    for failure in failures:
        print(f"FAIL: period PDF: {failure}")
    print(f"period PDF  {count.group(1) if count else '?'} pages, {size}; "
          f"{len(TITLES)} sections, {len(HEADLINES)} headline counts, {len(report['agencies']['rows'])} authorities, "
          f"{len(report['outcomes']['statements'])} statements checked against the JSON: "
          + ("all agree" if not failures else f"{len(failures)} disagreement(s)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
