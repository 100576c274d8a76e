#!/usr/bin/env python3
"""Renders one page in a running headless Chromium through the DevTools protocol (CDP).

Standard library only: a minimal WebSocket client (RFC 6455: the opening handshake, masked client
text frames, server text/binary frames of any length, continuation frames, ping/pong and close)
and the handful of CDP calls needed to load a page with extra request headers, dump its rendered
DOM and take a full-page screenshot.

Usage (Chromium started with --remote-debugging-port; its port is in USER_DATA_DIR/DevToolsActivePort):
    python3 scripts/lib/cdp.py --port P --url URL [--header "Authorization: Bearer X"]…
                               [--dom OUT.html] [--png OUT.png] [--width 1400] [--height 1000]
                               [--axe axe.min.js] [--timeout 30]

It opens a new tab (PUT /json/new, falling back to GET), enables Network, Page, Runtime and Log,
sets the extra headers (each header is sent with every request of that tab, the page's and its
resources'), sets the viewport (WIDTHxHEIGHT CSS pixels, scale 1, not a mobile device), navigates,
waits for the load event, writes the DOM (document.documentElement.outerHTML) and a PNG of the
whole page, measures whether the page scrolls sideways, runs axe-core when --axe is given, closes
the tab, and prints one line of JSON: url, final_url, status (the main document's HTTP status),
title, html_bytes (the served body), dom_bytes, png_bytes, png_size [w, h], resources
(subresources loaded) and resource_urls (their addresses, sorted), problems (failed or >= 400
subresources, script exceptions, console errors, all from loading the page, before axe ran);
layout: scroll_width (document.documentElement.scrollWidth), inner_width (window.innerWidth),
offenders (how many elements reach beyond the viewport's right edge, leaving out those inside an
element that scrolls or clips horizontally) and widest (the widest of them: element as
tag#id.class, inside = its nearest ancestor with an id, right and width in CSS pixels; null when
none); and with --axe, axe: version, violations (each with id, impact, help, nodes = how many
elements, target = the first element's selector), passes (how many rules passed), incomplete (the
ids of the rules whose result needs a person to review), console (errors logged while axe ran), or
{"error": why} when axe could not be injected or run.

--axe FILE: the text of FILE (axe-core's axe.min.js) is injected with Runtime.evaluate after the
DOM and screenshot are taken, then `axe.run(document, {resultTypes: ['violations']})` is awaited
(awaitPromise, returnByValue) and reduced in the page to the compact list above. DevTools'
evaluation is not subject to the page's Content-Security-Policy, so a script-free policy does not
stop it (no Page.setBypassCSP needed) and the page itself keeps no script.

Exit status: 0 when the page loaded (whatever its HTTP status); 1 when it could not be loaded
(navigation error, timeout, the browser went away); 2 on a usage error.
"""

import argparse
import base64
import hashlib
import http.client
import json
import os
import socket
import struct
import sys
import time
import urllib.parse

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class CDPError(Exception):
    pass


class WebSocket:
    """A client WebSocket over a plain TCP socket (ws:// only, which is all DevTools offers)."""

    def __init__(self, url, timeout):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "ws":
            raise CDPError(f"unsupported WebSocket URL {url}")
        host, port = parts.hostname, parts.port or 80
        path = parts.path + (("?" + parts.query) if parts.query else "")
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""
        key = base64.b64encode(os.urandom(16)).decode()
        # No Origin header: Chromium refuses WebSocket clients that send one it was not told to allow.
        request = (
            f"GET {path} HTTP/1.1\r\n"
            f"Host: {host}:{port}\r\n"
            "Upgrade: websocket\r\n"
            "Connection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = self._read_until(b"\r\n\r\n").decode("latin-1")
        lines = head.split("\r\n")
        if len(lines[0].split(" ")) < 2 or lines[0].split(" ")[1] != "101":
            raise CDPError(f"WebSocket handshake refused: {lines[0]}")
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        expected = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            raise CDPError("WebSocket handshake: wrong Sec-WebSocket-Accept")

    def _read_until(self, marker):
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise CDPError("connection closed during the WebSocket handshake")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(marker, 1)
        return head

    def _read_exact(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buffer)))
            if not chunk:
                raise CDPError("the browser closed the DevTools connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])  # FIN + opcode
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])  # MASK bit: every client frame is masked
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload)) if n < 4096 else _mask_fast(payload, mask)
        self.sock.sendall(header + mask + masked)

    def send_text(self, text):
        self._send_frame(0x1, text.encode("utf-8"))

    def _read_frame(self):
        b0, b1 = self._read_exact(2)
        fin, opcode = b0 & 0x80, b0 & 0x0F
        masked, n = b1 & 0x80, b1 & 0x7F
        if n == 126:
            (n,) = struct.unpack("!H", self._read_exact(2))
        elif n == 127:
            (n,) = struct.unpack("!Q", self._read_exact(8))
        mask = self._read_exact(4) if masked else None
        payload = self._read_exact(n)
        if mask:
            payload = _mask_fast(payload, mask)
        return bool(fin), opcode, payload

    def recv_text(self):
        """The next whole data message (text or binary, reassembled from continuations), as str."""
        parts, kind = [], None
        while True:
            fin, opcode, payload = self._read_frame()
            if opcode == 0x9:  # ping: answer pong with the same payload
                self._send_frame(0xA, payload)
                continue
            if opcode == 0xA:  # pong
                continue
            if opcode == 0x8:  # close: echo it and stop
                try:
                    self._send_frame(0x8, payload[:2])
                except OSError:
                    pass
                raise CDPError("the browser closed the DevTools connection")
            if opcode in (0x1, 0x2):
                parts, kind = [payload], opcode
            elif opcode == 0x0:
                if kind is None:
                    raise CDPError("WebSocket: continuation frame without a first frame")
                parts.append(payload)
            else:
                raise CDPError(f"WebSocket: unexpected opcode {opcode}")
            if fin:
                return b"".join(parts).decode("utf-8")

    def close(self):
        try:
            self._send_frame(0x8, struct.pack("!H", 1000))
        except OSError:
            pass
        self.sock.close()


def _mask_fast(payload, mask):
    # XOR with the repeated 4-byte mask, as one big integer operation (fast for screenshots' sizes).
    n = len(payload)
    key = (mask * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")


class Page:
    """One DevTools target (a tab): commands by id, events kept until someone waits for them."""

    def __init__(self, ws_url, deadline):
        self.deadline = deadline
        self.ws = WebSocket(ws_url, timeout=self._left())
        self.next_id = 0
        self.events = []

    def _left(self):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise CDPError("timed out")
        return left

    def _receive(self):
        self.ws.sock.settimeout(self._left())
        try:
            return json.loads(self.ws.recv_text())
        except socket.timeout:
            raise CDPError("timed out waiting for the browser") from None

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send_text(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == ident:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method, test=lambda params: True):
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method and test(event.get("params", {})):
                    return self.events.pop(i)["params"]
            message = self._receive()
            if "method" in message:
                self.events.append(message)

    def drain(self, seconds):
        """Collects the events that arrive in the next few seconds (or until the deadline)."""
        until = min(time.monotonic() + seconds, self.deadline)
        while True:
            left = until - time.monotonic()
            if left <= 0:
                return
            self.ws.sock.settimeout(left)
            try:
                message = json.loads(self.ws.recv_text())
            except socket.timeout:
                return
            if "method" in message:
                self.events.append(message)

    def close(self):
        self.ws.close()


def devtools_http(port, method, path, timeout):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def open_target(port, timeout):
    """A new tab on about:blank: PUT /json/new (Chromium ≥ 111 wants PUT), else GET."""
    last = ""
    for method in ("PUT", "GET"):
        status, body = devtools_http(port, method, "/json/new?about:blank", timeout)
        if status == 200:
            return json.loads(body)
        last = f"{method} /json/new: {status} {body.strip()[:200]}"
    raise CDPError(f"cannot open a tab: {last}")


def close_target(port, target_id, timeout):
    for method in ("PUT", "GET"):
        try:
            status, _ = devtools_http(port, method, f"/json/close/{target_id}", timeout)
        except OSError:
            return
        if status == 200:
            return


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return list(struct.unpack("!II", head[16:24]))


# Whether the page scrolls sideways: the document's scroll width against the viewport's, and, to
# help whoever fixes it, the widest element whose right edge lies beyond the viewport (elements in a
# container that scrolls or clips horizontally are left out: they do not make the page scroll).
OVERFLOW_JS = r"""
(() => {
  const root = document.documentElement, inner = window.innerWidth;
  const describe = (el) => {
    const classes = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean);
    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + classes.map((c) => "." + c).join("");
  };
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  let offenders = 0, widest = null;
  for (const el of document.body ? document.body.querySelectorAll("*") : []) {
    const box = el.getBoundingClientRect();
    const right = box.right + window.scrollX;
    if (right <= inner + 0.5 || clipped(el)) continue;
    offenders += 1;
    if (widest === null || box.width > widest.width) {
      const holder = el.parentElement && el.parentElement.closest("[id]");
      widest = {element: describe(el), inside: holder ? describe(holder) : null,
                right: Math.round(right), width: Math.round(box.width)};
    }
  }
  return {scroll_width: root.scrollWidth, inner_width: inner, offenders: offenders, widest: widest};
})()
"""

# axe-core's run, reduced to what the summary keeps: each violation's id, impact, help, how many
# nodes and the first node's target; the number of rules passed; the ids of those whose result needs
# a person's review (axe could not decide, e.g. a text's background hidden behind another element).
AXE_RUN_JS = r"""
axe.run(document, {resultTypes: ["violations"]}).then((r) => ({
  version: axe.version,
  violations: r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
    target: v.nodes.length ? v.nodes[0].target.map(String).join(" ") : null,
  })),
  passes: r.passes.length,
  incomplete: r.incomplete.map((v) => v.id),
}))
"""


def run_axe(page, path):
    """Injects axe-core (the file at `path`) into the loaded page and runs it: its compact results,
    or {"error": why} when it could not run. Console errors during the run are kept as "console"."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    page.events.clear()
    injected = page.call("Runtime.evaluate", expression=source, returnByValue=True)
    if "exceptionDetails" in injected:
        return {"error": f"injecting {os.path.basename(path)}: {exception_text(injected)}"}
    result = page.call("Runtime.evaluate", expression=AXE_RUN_JS, awaitPromise=True, returnByValue=True)
    if "exceptionDetails" in result:
        return {"error": f"axe.run: {exception_text(result)}"}
    results = result["result"].get("value") or {}
    results["console"] = [line for line in map(console_error, page.events) if line]
    return results


def console_error(event):
    """An error logged to the console (by the browser or by console.error), as one line; else None."""
    params = event.get("params", {})
    if event["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
        return f"console {params['entry'].get('source')}: {params['entry'].get('text')}".splitlines()[0]
    if event["method"] == "Runtime.consoleAPICalled" and params.get("type") == "error":
        values = [a.get("value", a.get("description", "")) for a in params.get("args", [])]
        return ("console.error: " + " ".join(str(v) for v in values)).splitlines()[0]
    return None


def exception_text(result):
    details = result.get("exceptionDetails", {})
    text = details.get("exception", {}).get("description") or details.get("text") or "an exception"
    return text.splitlines()[0]


def render(args):
    deadline = time.monotonic() + args.timeout
    headers = {}
    for header in args.header:
        if ":" not in header:
            raise SystemExit(f"cdp.py: --header wants 'Name: value', got {header!r}")
        name, value = header.split(":", 1)
        headers[name.strip()] = value.strip()

    target = open_target(args.port, args.timeout)
    page = Page(target["webSocketDebuggerUrl"], deadline)
    summary = {"url": args.url}
    try:
        page.call("Network.enable")
        if headers:
            page.call("Network.setExtraHTTPHeaders", headers=headers)
        page.call("Emulation.setDeviceMetricsOverride", width=args.width, height=args.height,
                  deviceScaleFactor=1, mobile=False)
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Log.enable")
        page.events.clear()  # about:blank's own events

        navigation = page.call("Page.navigate", url=args.url)
        if navigation.get("errorText"):
            raise CDPError(f"navigation to {args.url} failed: {navigation['errorText']}")
        frame = navigation.get("frameId")
        page.wait_for("Page.loadEventFired")
        # Web fonts and late layout: wait for document.fonts, then a moment for stragglers' events.
        page.call("Runtime.evaluate", expression="document.fonts ? document.fonts.ready.then(() => true) : true",
                  awaitPromise=True, returnByValue=True)
        page.drain(0.3)

        # The main document's response: the last Document response of the main frame (after redirects).
        document = None
        requests = {}
        urls = {}
        problems = []
        for event in page.events:
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                urls[params.get("requestId")] = params.get("request", {}).get("url")
            elif method == "Network.responseReceived":
                response = params.get("response", {})
                if params.get("type") == "Document" and params.get("frameId") == frame:
                    document = params
                elif not response.get("url", "").endswith("/favicon.ico"):  # the browser's own, not the page's
                    requests[params.get("requestId")] = response.get("url")
                    if response.get("status", 0) >= 400:
                        problems.append(f"{response.get('status')} {response.get('url')}")
            elif method == "Network.loadingFailed" and params.get("type") != "Document":
                if not params.get("canceled"):
                    problems.append(f"failed {urls.get(params.get('requestId'), '?')}: {params.get('errorText')}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                text = details.get("exception", {}).get("description") or details.get("text")
                problems.append(f"script exception: {text}".splitlines()[0])
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                if entry.get("level") == "error" and entry.get("source") != "network":
                    problems.append(f"console {entry.get('source')}: {entry.get('text')}".splitlines()[0])
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                values = [a.get("value", a.get("description", "")) for a in params.get("args", [])]
                problems.append("console.error: " + " ".join(str(v) for v in values))
        if document:
            summary["status"] = document["response"].get("status")
            summary["final_url"] = document["response"].get("url")
            try:
                body = page.call("Network.getResponseBody", requestId=document["requestId"])
                raw = base64.b64decode(body["body"]) if body.get("base64Encoded") else body["body"].encode("utf-8")
                summary["html_bytes"] = len(raw)
            except CDPError:
                summary["html_bytes"] = None
        else:
            summary["status"] = None
        summary["resources"] = len(requests)
        summary["resource_urls"] = sorted(requests.values())
        summary["problems"] = problems

        def evaluate(expression):
            result = page.call("Runtime.evaluate", expression=expression, returnByValue=True)
            if "exceptionDetails" in result:
                raise CDPError(f"evaluating {expression}: {result['exceptionDetails'].get('text')}")
            return result["result"].get("value")

        summary["title"] = evaluate("document.title")
        summary["layout"] = evaluate(OVERFLOW_JS)  # before the screenshot, which may resize the viewport for a moment
        dom = evaluate("'<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
        summary["dom_bytes"] = len(dom.encode("utf-8"))
        if args.dom:
            with open(args.dom, "w", encoding="utf-8") as f:
                f.write(dom)

        if args.png:
            # The whole page, not just the viewport: clip to the content size, beyond the viewport.
            metrics = page.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics.get("contentSize")
            width = max(args.width, int(size["width"] + 0.999))
            height = max(1, int(size["height"] + 0.999))
            shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                             clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
            data = base64.b64decode(shot["data"])
            with open(args.png, "wb") as f:
                f.write(data)
            summary["png_bytes"] = len(data)
            summary["png_size"] = png_size(args.png)

        if args.axe:
            summary["axe"] = run_axe(page, args.axe)
    finally:
        page.close()
        close_target(args.port, target["id"], 5)
    return summary


def main():
    parser = argparse.ArgumentParser(description="Render a page in headless Chromium over CDP: DOM and full-page PNG.")
    parser.add_argument("--port", type=int, required=True, help="Chromium's remote debugging port")
    parser.add_argument("--url", required=True)
    parser.add_argument("--header", action="append", default=[], help="'Name: value', sent with every request; repeatable")
    parser.add_argument("--dom", help="write the rendered DOM here")
    parser.add_argument("--png", help="write a full-page PNG here")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=30, help="seconds for the whole page")
    parser.add_argument("--axe", metavar="FILE", help="axe.min.js: inject it after the load event and run axe-core")
    args = parser.parse_args()
    try:
        summary = render(args)
    except (CDPError, OSError, ValueError, KeyError) as error:
        print(f"cdp.py: {args.url}: {error}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
