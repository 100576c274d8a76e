#!/usr/bin/env python3
"""Walks through the board's real forms in headless Chromium, as a person would.

Each step finds a control by its visible label (a control in a folded panel is found only after the
panel's summary is clicked, as a person would), types or ticks, presses a button by its text, and
waits for the page the browser lands on: the browser keeps the session cookie and sends each form's
CSRF token itself. After each step the CLI (`engage … --json`, on the same database) must agree with
what the page said. At each checkpoint (every form, and every form's error state) it saves a
full-page screenshot at the wide viewport and at 360 px, checks the page does not scroll sideways at
360 px, and runs axe-core; any violation fails.

Scenarios (on the demo data, which they change: run it last, on a scratch database):
  officer   Jo Whitfield's week on Bury: sign in with a one-time password and change it; record a
            presentation reaching two agencies (after a refused date); add a follow-up (after a
            refused blank one); move on to stage 3; see what its gate still needs; meet it with a
            workshop to a key agency; move on to stage 4; sign out.
  manager   Sam Lee's Monday: sign in the same way; the team page; add an authority (after a refused
            blank form); assign it over the team's cap and see who holds the places; put it on the
            waitlist instead, with one button; complete Somerset and see who waits next; reset Jo
            Whitfield's password and see the one-time password once; sign out.

Output: one line per step, then one JSON line (--summary FILE) with each checkpoint's screenshot,
HTTP status, page size in bytes, server time (the browser's time to the response's headers, in ms)
and axe counts. Exit status 0 when every step and check passed, 1 otherwise.

Python's standard library only, with scripts/lib/cdp.py.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402


class StepFailed(Exception):
    """A step could not be done as a person would (no such label, no such button, a wrong page)."""


FILL_JS = r"""
(({label, value, form}) => {
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const scope = form ? document.getElementById(form) : document;
  if (!scope) return "no form #" + form;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const labels = [...scope.querySelectorAll("label, legend")].filter((l) => norm(l.textContent) === label && visible(l));
  if (labels.length !== 1) return labels.length + " visible controls labelled '" + label + "'";
  const l = labels[0];
  const control = l.tagName === "LEGEND" ? null : (document.getElementById(l.htmlFor) || l.querySelector("input, select, textarea"));
  if (!control) return "the label '" + label + "' names no control";
  if (control.type === "checkbox" || control.type === "radio") {
    control.checked = value === true || value === "yes";
  } else if (control.tagName === "SELECT") {
    const option = [...control.options].find((o) => norm(o.textContent) === value || o.value === value);
    if (!option) return "'" + label + "' offers no '" + value + "': " + [...control.options].map((o) => norm(o.textContent)).join(" | ");
    control.value = option.value;
  } else {
    control.value = value;
  }
  control.focus();
  control.dispatchEvent(new Event("input", {bubbles: true}));
  control.dispatchEvent(new Event("change", {bubbles: true}));
  return "ok";
})
"""

PRESS_JS = r"""
(({text, form}) => {
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const scope = form ? document.getElementById(form) : document;
  if (!scope) return "no form #" + form;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const buttons = [...scope.querySelectorAll("button, summary")].filter((b) => norm(b.textContent) === text && visible(b));
  if (buttons.length !== 1) return buttons.length + " visible buttons '" + text + "'";
  buttons[0].click();
  return "ok";
})
"""


class Walk:
    """One tab, driven step by step, with the checks made along the way."""

    def __init__(self, args):
        self.args = args
        self.deadline = time.monotonic() + args.timeout
        self.target = cdp.open_target(args.port, args.timeout)
        self.page = cdp.Page(self.target["webSocketDebuggerUrl"], self.deadline)
        for domain in ("Network", "Page", "Runtime"):
            self.page.call(f"{domain}.enable")
        self.viewport(args.width, args.height)
        self.failures = []
        self.checkpoints = []
        self.last = {}
        self.steps = 0
        self.prefix = ""

    def close(self):
        self.page.close()
        cdp.close_target(self.args.port, self.target["id"], 5)

    def viewport(self, width, height):
        self.page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    # --- Moving about --------------------------------------------------------------------------

    def goto(self, path):
        self.page.events.clear()
        self.page.call("Page.navigate", url=self.args.base + path)
        self._landed(f"open {path}")

    def fill(self, label, value, form=None):
        result = self.evaluate(f"{FILL_JS}({json.dumps({'label': label, 'value': value, 'form': form})})")
        if result != "ok":
            raise StepFailed(f"{self.here()}: {result}")

    def choose_file(self, label, path):
        """Chooses a file for the file input labelled `label`, as the file picker would."""
        found = self.page.call("Runtime.evaluate", expression=f"""(() => {{
            const l = [...document.querySelectorAll("label")].find((l) => l.textContent.replace(/\\s+/g, " ").trim() === {json.dumps(label)});
            return l ? document.getElementById(l.htmlFor) : null; }})()""")
        object_id = found.get("result", {}).get("objectId")
        if not object_id:
            raise StepFailed(f"{self.here()}: no file input labelled '{label}'")
        self.page.call("DOM.setFileInputFiles", files=[os.path.abspath(path)], objectId=object_id)

    def open(self, summary):
        """Unfolds a panel by clicking its summary, as a person would, unless it is open already."""
        is_open = self.evaluate(f"""[...document.querySelectorAll("details")].some((d) =>
            d.open && d.querySelector("summary").textContent.replace(/\\s+/g, " ").trim() === {json.dumps(summary)})""")
        if not is_open:
            result = self.evaluate(f"{PRESS_JS}({json.dumps({'text': summary, 'form': None})})")
            if result != "ok":
                raise StepFailed(f"{self.here()}: {result}")

    def press(self, text, form=None):
        """Presses a button and waits for the page the browser lands on (after any redirect)."""
        self.page.events.clear()
        result = self.evaluate(f"{PRESS_JS}({json.dumps({'text': text, 'form': form})})")
        if result != "ok":
            raise StepFailed(f"{self.here()}: {result}")
        self._landed(f"press '{text}'")

    def _landed(self, what):
        self.page.wait_for("Page.loadEventFired")
        self.page.drain(0.1)
        document = None
        for event in self.page.events:
            params = event.get("params", {})
            if event["method"] == "Network.responseReceived" and params.get("type") == "Document":
                document = params
        if document is None:
            raise StepFailed(f"{what}: no document arrived")
        response = document["response"]
        timing = response.get("timing") or {}
        body = self.page.call("Network.getResponseBody", requestId=document["requestId"])
        raw = base64.b64decode(body["body"]) if body.get("base64Encoded") else body["body"].encode("utf-8")
        self.last = {"status": response.get("status"), "url": response.get("url"), "bytes": len(raw),
                     "server_ms": round(timing.get("receiveHeadersEnd", 0) - timing.get("sendEnd", 0), 1)}
        self.steps += 1
        print(f"  {self.steps:>2}. {what}: {self.last['status']} {self.path()} ({self.last['bytes']} B, "
              f"{self.last['server_ms']} ms)")

    # --- Reading -------------------------------------------------------------------------------

    def evaluate(self, expression):
        result = self.page.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise StepFailed(f"evaluating: {cdp.exception_text(result)}")
        return result["result"].get("value")

    def text(self, selector="body"):
        return self.evaluate(f"(document.querySelector({json.dumps(selector)}) || {{innerText: ''}}).innerText") or ""

    def path(self):
        url = self.last.get("url") or ""
        return url[len(self.args.base):] if url.startswith(self.args.base) else url

    def here(self):
        return f"on {self.path()}"

    def expect(self, condition, message):
        if not condition:
            self.failures.append(f"{self.here()}: {message}")
            print(f"      FAILED: {message}")
        return condition

    def expect_text(self, needle, selector="body", message=None):
        text = self.text(selector)
        return self.expect(needle in text, message or f"'{needle}' is not on the page ({selector}): {text[:300]!r}")

    # --- Checkpoints ---------------------------------------------------------------------------

    def checkpoint(self, name, description):
        """Screenshots at both widths, the sideways check at the narrow one, and axe-core."""
        index = len(self.checkpoints) + 1
        stem = os.path.join(self.args.out, f"{self.prefix}{index:02d}-{name}")
        axe = cdp.run_axe(self.page, self.args.axe)
        violations = axe.get("violations") or []
        if "error" in axe:
            self.expect(False, f"axe-core could not run: {axe['error']}")
        for v in violations:
            self.expect(False, f"axe {v.get('id')} ({v.get('impact')}): {v.get('help')}, {v.get('nodes')} element(s), "
                               f"first {v.get('target')}")
        self.shot(stem + ".png", self.args.width)
        self.viewport(360, 800)
        layout = self.evaluate(cdp.OVERFLOW_JS)
        self.expect(layout["scroll_width"] <= layout["inner_width"],
                    f"scrolls sideways at 360 px: {layout['scroll_width']} > {layout['inner_width']} (widest: {layout.get('widest')})")
        self.shot(stem + "-360.png", 360)
        self.viewport(self.args.width, self.args.height)
        entry = dict(self.last, name=name, path=self.path(), description=description, png=stem + ".png",
                     axe_violations=len(violations), axe_passes=axe.get("passes"), axe_incomplete=axe.get("incomplete", []))
        self.checkpoints.append(entry)
        print(f"      checkpoint {self.prefix}{index:02d}-{name}: axe {len(violations)} violation(s), {axe.get('passes')} rules passed")

    def shot(self, path, width):
        metrics = self.page.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics.get("contentSize")
        shot = self.page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                              clip={"x": 0, "y": 0, "width": max(width, int(size["width"] + 0.999)),
                                    "height": max(1, int(size["height"] + 0.999)), "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))


class CLI:
    """The CLI on the same database, as a second witness."""

    def __init__(self, engage):
        self.engage = engage

    def json(self, *args):
        done = subprocess.run([self.engage, *args, "--json"], capture_output=True, text=True, env=dict(os.environ, ENGAGE_USER="walk"))
        if done.returncode != 0:
            raise StepFailed(f"engage {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return json.loads(done.stdout)

    def authority(self, name):
        return self.json("authority", "show", name)["authority"]

    def account(self, name, role, officer=None):
        """A fresh account with a one-time password: the password."""
        extra = ["--officer", officer] if officer else []
        return self.json("user", "add", name, "--role", role, *extra, "--one-time-password")["one_time_password"]


NEW_PASSWORD = "a walk in the park at dawn"


def sign_in(walk, name, one_time):
    """Signs in with a one-time password and changes it, checking the refusals on the way."""
    walk.goto("/signin")
    walk.checkpoint("signin", "The sign-in form: name and password, one button.")
    walk.fill("Your name", name)
    walk.fill("Password", "not the password at all")
    walk.press("Sign in")
    walk.expect(walk.last["status"] == 401 or walk.last["status"] == 200, f"a wrong password answered {walk.last['status']}")
    walk.expect_text("There is a problem")
    walk.checkpoint("signin-refused", "Sign-in refused: the same words for an unknown name and a wrong password; the name kept.")
    walk.fill("Password", one_time)
    walk.press("Sign in")
    walk.expect(walk.path().startswith("/account/password"), "a one-time password leads to the password page first")
    walk.checkpoint("password", "Choosing one's own password after a one-time one.")
    walk.fill("One-time password", one_time)
    walk.fill("New password", "short")
    walk.fill("New password again", "short")
    walk.press("Change password")
    walk.expect_text("There is a problem")
    walk.checkpoint("password-refused", "A new password under 12 characters, refused beside its field.")
    walk.fill("One-time password", one_time)
    walk.fill("New password", NEW_PASSWORD)
    walk.fill("New password again", NEW_PASSWORD)
    walk.press("Change password")
    walk.expect(walk.path() == "/", f"after the change, the board (not {walk.path()})")


def officers_week(walk, cli):
    print("officer's week: Jo Whitfield on Bury")
    walk.prefix = "officer-"
    sign_in(walk, "Jo Whitfield", cli.account("Jo Whitfield", "officer"))
    walk.checkpoint("board-officer", "The board as Jo Whitfield sees it after signing in.")
    before = len(cli.json("activity", "list", "Bury"))
    walk.goto("/authorities/Bury")
    walk.checkpoint("authority", "Bury's page with every form folded, the next stage's gate met.")

    walk.open("Record an activity")
    walk.fill("What was delivered", "Presentation")
    walk.fill("Bury LSCB (LSCB)", True)
    walk.fill("Bury CYP Board (CYP Board/Trust)", True)
    walk.fill("Date", "2099-01-01")
    walk.fill("Attendees (optional)", "14")
    walk.press("Record activity")
    walk.expect(walk.last["status"] == 422, f"a future date answered {walk.last['status']}")
    walk.expect_text("in the future")
    walk.checkpoint("activity-refused", "An activity dated in the future: the error summary, the message beside Date, the ticks kept.")
    walk.fill("Date", "")
    walk.press("Record activity")
    walk.expect_text("reaching 2 agencies")
    activities = cli.json("activity", "list", "Bury")
    walk.expect(len(activities) == before + 1, f"the CLI lists {len(activities)} activities, not {before + 1}")
    newest = max(activities, key=lambda a: a["id"])
    walk.expect(sorted(newest.get("agencies", [])) == ["Bury CYP Board", "Bury LSCB"] and newest.get("attendees") == 14,
                f"the CLI's newest activity: {newest}")
    walk.checkpoint("activity-recorded", "The confirmation after recording a presentation reaching two agencies.")

    walk.open("Add a follow-up request")
    walk.press("Add follow-up")
    walk.expect(walk.last["status"] == 422, f"a blank follow-up answered {walk.last['status']}")
    walk.checkpoint("followup-refused", "A follow-up with nothing asked: 'Enter what was asked for' at the top and beside the field.")
    walk.fill("What was asked for", "Send the slides to the LSCB chair")
    walk.fill("Kind", "Materials")
    walk.press("Add follow-up")
    followups = [f for f in cli.json("followup", "list") if f["authority"] == "Bury"]
    walk.expect(any(f["summary"] == "Send the slides to the LSCB chair" and f["kind"] == "materials" for f in followups),
                f"the CLI's open follow-ups for Bury: {[f['summary'] for f in followups]}")

    walk.press("Move on to stage 3: Key agencies")
    walk.expect(cli.authority("Bury")["stage"] == 3, "the CLI has Bury at stage 3")
    walk.expect_text("a presentation or workshop to a key agency", "#next-stage", "the page says what the stage 3 gate still needs")
    walk.checkpoint("gate-missing", "Bury at stage 3: the page lists the key-agency delivery its gate still needs; no button.")
    walk.expect(not walk.evaluate("!!document.querySelector('#stage-advance')"), "no advance button for an officer while the gate is unmet")

    walk.open("Record an activity")
    walk.fill("What was delivered", "Workshop")
    walk.fill("Bury primary head teachers forum (Schools/PRUs)", True)
    walk.press("Record activity")
    walk.expect_text("The gate's evidence is recorded.", "#next-stage")
    walk.checkpoint("gate-met", "The key-agency workshop recorded: the gate met and the button to move on shown.")
    walk.press("Move on to stage 4: Strategic response")
    walk.expect(cli.authority("Bury")["stage"] == 4, "the CLI has Bury at stage 4")
    walk.expect_text("Bury is now at stage 4")
    walk.goto("/account")
    walk.checkpoint("account", "Jo Whitfield's account: the calendar feed, not yet issued.")
    walk.press("Issue a feed address")
    walk.expect("/feeds/" in walk.text(), "the feed's address is shown once")
    walk.checkpoint("feed-address", "The calendar feed's address, shown this once, with how to subscribe.")
    walk.press("Sign out")
    walk.expect(walk.path().startswith("/signin"), "signing out lands on the sign-in page")
    walk.goto("/authorities/Bury")
    walk.expect(walk.evaluate("!!document.querySelector('form#signin')"), "after signing out, pages ask to sign in again")


def managers_monday(walk, cli):
    print("manager's Monday: Sam Lee")
    walk.prefix = "manager-"
    sign_in(walk, "Sam Lee", cli.account("Sam Lee", "manager"))
    walk.goto("/review")
    walk.checkpoint("review", "The Monday review: the last week's changes, what is overdue, capacity and the waitlist, each "
                              "officer's next fortnight.")
    walk.goto("/reports")
    walk.checkpoint("reports", "The eight reports, each with what it shows, and the period report.")
    for name, what in [("funnel", "authorities per status and stage, days per stage"),
                       ("capacity", "each officer's load against their cap, month by month, and the team's"),
                       ("events", "events by sector × kind as a shaded table"),
                       ("followups", "open requests by age, overdue hatched"),
                       ("outcomes", "per statement: how many rose, stayed, fell")]:
        walk.goto(f"/reports/{name}")
        walk.expect(walk.evaluate("!!document.querySelector('svg[role=img], table.shaded, table')"), f"/reports/{name} shows its figures")
        walk.checkpoint(f"report-{name}", f"The {name} report with its chart: {what}; the GET form and the CSV and JSON links.")
    walk.goto("/reports/period")
    walk.checkpoint("period", "The period report of the last twelve months: the seven sections of chapter 3, each a table.")
    walk.fill("From", "2030-01-01")
    walk.press("Show the period")
    walk.expect(walk.last["status"] == 422, f"a period ending before it starts answered {walk.last['status']}")
    walk.checkpoint("period-refused", "A period that ends before it starts: the message beside 'To', the dates kept.")
    walk.goto("/team")
    walk.checkpoint("team", "The team page: each officer's load against their cap, the team's cap, the waitlist in order.")

    walk.goto("/authorities/new")
    walk.checkpoint("authority-new", "Adding an authority: name, region, profile.")
    walk.press("Add authority")
    walk.expect(walk.last["status"] == 422, f"a blank authority answered {walk.last['status']}")
    walk.checkpoint("authority-new-refused", "A blank name and no region: both listed at the top and beside their fields.")
    walk.fill("Name", "Rochdale")
    walk.fill("Region", "North West")
    walk.press("Add authority")
    walk.expect(cli.authority("Rochdale")["status"] == "prospect", "the CLI has Rochdale as a prospect")

    holders = sorted(a["name"] for a in cli.json("authority", "list") if a["status"] == "active")
    walk.open("Assign a lead officer")
    walk.fill("Lead officer", "Priya Shah")
    walk.press("Assign Rochdale")
    walk.expect(walk.last["status"] == 409, f"assigning over the team's cap answered {walk.last['status']}")
    refusal = walk.text()
    walk.expect("the team is at its cap" in refusal, "the refusal says the team's cap is reached")
    walk.expect(all(name in refusal for name in holders), f"the refusal names every holder of a place: {holders}")
    walk.checkpoint("assign-over-cap", "Assigning Rochdale over the team's cap: refused in words naming the authorities that hold "
                                       "the places, with one 'Waitlist instead' button.")
    walk.expect(cli.authority("Rochdale")["status"] == "prospect", "the refusal changed nothing")
    walk.press("Waitlist instead")
    walk.expect(cli.authority("Rochdale")["status"] == "waitlisted", "the CLI has Rochdale on the waitlist")
    walk.checkpoint("waitlisted", "Rochdale on the waitlist, the confirmation at the top.")

    walk.goto("/authorities/Somerset")
    walk.press("Complete Somerset")
    walk.expect(cli.authority("Somerset")["status"] == "completed", "the CLI has Somerset completed")
    confirmation = walk.text(".confirmation") or walk.text()
    waiting = {a["name"] for a in cli.json("authority", "list") if a["status"] == "waitlisted"}
    named = [name for name in waiting if f"Next on the waitlist: {name}." in confirmation]
    walk.expect(len(named) == 1, f"the confirmation names who waits next, one of {sorted(waiting)}: {confirmation[:200]!r}")
    walk.checkpoint("completed", "Somerset completed: the confirmation names who waits next for the freed place.")

    walk.goto("/people/Jo%20Whitfield")
    walk.checkpoint("person", "Jo Whitfield's account: disable, reset password.")
    walk.press("Reset password")
    password = walk.text("#one-time-password").strip()
    walk.expect(len(password) == 16, f"a 16-character one-time password is shown: {password!r}")
    account = next(u for u in cli.json("user", "list") if u["name"] == "Jo Whitfield")
    walk.expect(account["must_change_password"], "the CLI says Jo must change the password at the next sign-in")
    walk.checkpoint("one-time-password", "The one-time password, shown this once, to hand to Jo Whitfield.")
    walk.press("Sign out")
    walk.expect(walk.path().startswith("/signin"), "signing out lands on the sign-in page")


def refused(walk, name, description):
    """The page again after a refused form: 4xx, the error summary, and a checkpoint."""
    walk.expect(walk.last["status"] in (409, 422), f"{name} answered {walk.last['status']}, not a refusal")
    walk.expect_text("There is a problem", message=f"{name}: no error summary")
    walk.checkpoint(name, description)


def form_gallery(walk, cli):
    """Every other form, open, and in its error state where an empty form is refused."""
    print("every other form: as Sam Lee, manager")
    walk.prefix = "forms-"
    walk.goto("/signin")
    walk.fill("Your name", "Sam Lee")
    walk.fill("Password", NEW_PASSWORD)
    walk.press("Sign in")

    for summary, button, name, what in [
            ("Add an agency", "Add agency", "agency", "an agency with no name"),
            ("Add a contact", "Add contact", "contact", "a contact with no name or role"),
            ("Add an action to the work plan", "Add action", "plan", "an action with nothing to do and no due date"),
            ("Record a self-assessment", "Record self-assessment", "assessment", "an assessment that rates no statement")]:
        walk.goto("/authorities/Hull")
        walk.open(summary)
        walk.checkpoint(name, f"'{summary}' on Hull's page, open.")
        walk.press(button)
        refused(walk, f"{name}-refused", f"'{summary}' sent empty: {what}, listed at the top and beside the field.")
    walk.goto("/authorities/Hull")
    for summary in ("Reassign to another officer", "Pause", "Close"):
        walk.open(summary)
    walk.checkpoint("manage", "Hull's Manage section with reassign (officers with load and cap), pause and close open.")

    walk.goto("/authorities/Wigan")
    walk.open("Signpost elsewhere")
    walk.press("Signpost Wigan")
    refused(walk, "signpost-refused", "Signposting Wigan without saying where.")

    contact = cli.json("contact", "list", "Hull")[0]
    walk.goto(f"/contacts/{contact['id']}/erase")
    walk.checkpoint("erase", "Erasing a contact: what goes, what stays, one red button and a way back.")
    action = next(a for a in cli.json("plan", "list") if a["status"] == "open")
    walk.goto(f"/plans/{action['id']}/done")
    walk.checkpoint("plan-action", "A work-plan action's page: mark it done, or drop it with a reason.")
    walk.press("Drop action")
    refused(walk, "plan-drop-refused", "Dropping an action without a reason.")
    followup = cli.json("followup", "list")[0]
    walk.goto(f"/followups/{followup['id']}/done")
    walk.checkpoint("followup-done", "Marking a follow-up done: what was done, and when.")
    walk.press("Mark as done")
    refused(walk, "followup-done-refused", "Marking a follow-up done without saying what was done.")

    walk.goto("/briefings")
    walk.checkpoint("briefings", "The briefings, how often each was sent, and the two forms.")
    walk.press("Add briefing")
    refused(walk, "briefing-refused", "A briefing with no title.")
    walk.press("Record sending")
    refused(walk, "sending-refused", "A sending with no recipient.")

    walk.goto("/team")
    walk.open("Record a national activity")
    walk.checkpoint("national", "The team page with the national activity form open, and the caps.")
    walk.press("Set officer's cap")
    refused(walk, "cap-refused", "Setting an officer's cap with no officer and no number.")

    walk.goto("/people")
    walk.checkpoint("people", "People's accounts and the form to add one.")
    walk.press("Add account")
    refused(walk, "people-refused", "An account with no name.")

    walk.goto("/import")
    walk.checkpoint("import", "Uploading a CSV file: what it holds, the file, each kind's columns.")
    bad = os.path.join(walk.args.out, "authorities-bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("name,region,profile\nHalton,North West,\n,North West,no name\nWidnes,Atlantis,\n")
    walk.fill("What the file holds", "authorities")
    walk.choose_file("CSV file", bad)
    walk.press("Import")
    walk.expect(walk.last["status"] == 422, f"a bad file answered {walk.last['status']}")
    rows = walk.text("main")
    walk.expect("3\tname\t" in rows and "4\tregion\t" in rows, f"the bad rows by line and column: {rows[:600]!r}")
    walk.checkpoint("import-refused", "A file with a bad row: the rows to correct by line and column; nothing imported.")
    names = {a["name"] for a in cli.json("authority", "list")}
    walk.expect("Halton" not in names, "the refused file imported nothing")
    good = os.path.join(walk.args.out, "authorities.csv")
    with open(good, "w", encoding="utf-8") as f:
        f.write("name,region,profile\nHalton,North West,\"Runcorn and Widnes; a new LSCB chair\"\n")
    walk.fill("What the file holds", "authorities")
    walk.choose_file("CSV file", good)
    walk.press("Import")
    walk.expect(any(a["name"] == "Halton" for a in cli.json("authority", "list")), "the CLI lists Halton after the import")
    walk.press("Sign out")


SCENARIOS = {"officer": officers_week, "manager": managers_monday, "forms": form_gallery}


def main():
    parser = argparse.ArgumentParser(description="Walk through the board's forms in headless Chromium, checking with the CLI.")
    parser.add_argument("--port", type=int, required=True, help="Chromium's remote debugging port")
    parser.add_argument("--base", required=True, help="the service's address, e.g. http://127.0.0.1:8080")
    parser.add_argument("--engage", required=True, help="the engage binary, for the CLI's view (PG* variables name the database)")
    parser.add_argument("--axe", required=True, help="axe.min.js")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    parser.add_argument("--summary", help="write the checkpoints as JSON here")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the whole walk")
    parser.add_argument("scenario", nargs="*", default=list(SCENARIOS), help="which walks: " + ", ".join(SCENARIOS))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    cli = CLI(args.engage)
    failures, checkpoints = [], []
    for name in args.scenario:
        walk = Walk(args)
        try:
            SCENARIOS[name](walk, cli)
        except (StepFailed, cdp.CDPError, OSError, KeyError, ValueError) as error:
            walk.failures.append(f"{name}: stopped: {error}")
            print(f"      STOPPED: {error}")
        finally:
            walk.close()
        failures += walk.failures
        checkpoints += walk.checkpoints
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump({"checkpoints": checkpoints, "failures": failures}, f, indent=1)
    for failure in failures:
        print(f"FAILED walk: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
