#!/usr/bin/env python3
"""Desk load for a running Guichet: a batch of citizens' messages is handed in while an officer works.

--count messages (cycled from a JSONL file, each made distinct with a run suffix on its Message-ID,
subject and sender, so that intake's deduplication does not fold them) go to POST
/api/v1/correspondence from --senders threads with a mail gateway's API key. Meanwhile an officer
loads the desk page (GET /desk) and the queue (GET /api/v1/correspondence) every --interval seconds,
until every accepted message shows as triaged or --timeout passes.

Intake analyses a message inside the POST (Intake.accept calls CaseProcessor.process): a 201 means
the case is stored and triaged, so the time per message is the POST's latency. The case's own
updatedAt − createdAt is printed beside it (longer when the server's background pass analysed the
case a second time). A case whose analysis failed stays "received" and the server retries it in the
background; the script waits for those too.

The figures: messages sent and their outcomes (created, duplicate, rejected), total time, intake
throughput, time per message p50/p95, desk page and queue latency p50/p95/max during the batch and
the number of loads over 1 s, the desk page with no batch running (--idle-loads before and after),
errors. Standard library only; --json prints one JSON object.

  guichet keys create --name desk-load
  ops/load/desk-load.py --url http://127.0.0.1:8080 --key gk_... --officer officer:password \\
      [--count 500] [--senders 4] [--interval 0.5] [--messages FILE] [--idle-loads 5] [--timeout 3600]
"""
import argparse
import base64
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime

DEFAULT_MESSAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "app", "src", "test", "resources", "eval", "triage", "dev.jsonl")
SLOW_PAGE = 1.0


def request(url, auth, body=None, accept="application/json", timeout=300):
    """One request; returns (status, seconds, parsed JSON or None). HTTP errors raise HTTPError."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET")
    if auth:
        req.add_header("Authorization", auth)
    req.add_header("Accept", accept)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    started = time.monotonic()
    with urllib.request.urlopen(req, timeout=timeout) as response:
        raw = response.read()
        seconds = time.monotonic() - started
        parsed = json.loads(raw) if raw and accept == "application/json" else None
        return response.status, seconds, parsed


def read_messages(path):
    """The messages of a JSONL file (subject, body, received...); raises ValueError with the reason."""
    messages = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as e:
                raise ValueError("line %d is not JSON (%s)" % (number, e)) from None
            if not isinstance(item, dict) or not (item.get("subject") or item.get("body")):
                raise ValueError("line %d has neither subject nor body" % number)
            messages.append(item)
    if not messages:
        raise ValueError("it holds no message")
    return messages


def correspondence(template, run, n):
    """The n-th message of the run: the template's text with a suffix that makes it distinct."""
    tag = "%s-%04d" % (run, n)
    message = {"from": "desk-load+%s@example.org" % tag, "name": "Desk load %d" % n,
               "subject": ("%s [desk-load %s]" % (template.get("subject") or "", tag)).strip(),
               "body": template.get("body") or "", "messageId": "<desk-load-%s@load.invalid>" % tag}
    if template.get("received"):
        message["receivedAt"] = template["received"]
    return message


def instant(value):
    """Seconds since the epoch of an ISO-8601 instant (or epoch seconds), None when absent or unreadable."""
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    # Java writes up to nine digits of fraction; Python before 3.11 reads at most six.
    value = re.sub(r"(\.\d{1,6})\d*", r"\1", value.replace("Z", "+00:00"))
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.outcomes = {"created": 0, "duplicate": 0, "rejected": 0}
        self.post_seconds = []
        self.created = []
        self.busy = 0
        self.errors = {}
        self.pages = {"desk": [], "queue": []}
        self.latest_queue = None
        self.fatal = None

    def posted(self, seconds, outcome, case_id):
        with self.lock:
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
            self.post_seconds.append(seconds)
            if outcome == "created" and case_id:
                self.created.append(case_id)

    def error(self, where, reason):
        with self.lock:
            key = where + ": " + reason
            self.errors[key] = self.errors.get(key, 0) + 1

    def page(self, name, seconds, queue=None):
        with self.lock:
            self.pages[name].append(seconds)
            if queue is not None:
                self.latest_queue = queue

    def error_count(self):
        with self.lock:
            return sum(self.errors.values())


def sender(args, messages, run, numbers, deadline, tally):
    """Hands in messages until the numbers run out; honours 429 and Retry-After; a 401/403 stops the run."""
    auth = "Bearer " + args.key
    for n in numbers:
        body = correspondence(messages[n % len(messages)], run, n)
        while not tally.fatal and time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status, seconds, answer = request(args.url + "/api/v1/correspondence", auth, body)
                answer = answer or {}
                tally.posted(seconds, answer.get("outcome") or ("created" if status == 201 else "duplicate"),
                             answer.get("id"))
            except urllib.error.HTTPError as e:
                if e.code == 422:
                    tally.posted(time.monotonic() - started, "rejected", None)
                elif e.code == 429:
                    with tally.lock:
                        tally.busy += 1
                    time.sleep(min(float(e.headers.get("Retry-After", "1") or 1), 30))
                    continue
                elif e.code in (401, 403):
                    tally.fatal = "the API key was refused (HTTP %d): create one with guichet keys create" % e.code
                else:
                    tally.error("intake", "HTTP %d" % e.code)
            except (urllib.error.URLError, OSError, ValueError) as e:
                tally.error("intake", type(getattr(e, "reason", e)).__name__)
            break
        if tally.fatal or time.monotonic() >= deadline:
            return


def officer(args, auth, stop, tally):
    """Loads the desk page and the queue every --interval seconds until told to stop."""
    while not stop.is_set():
        started = time.monotonic()
        for name, path, accept in (("desk", "/desk", "text/html"), ("queue", "/api/v1/correspondence", "application/json")):
            try:
                _, seconds, parsed = request(args.url + path, auth, accept=accept, timeout=60)
                tally.page(name, seconds, parsed if name == "queue" else None)
            except urllib.error.HTTPError as e:
                tally.error(name, "HTTP %d" % e.code)
            except (urllib.error.URLError, OSError, ValueError) as e:
                tally.error(name, type(getattr(e, "reason", e)).__name__)
        stop.wait(max(0.0, args.interval - (time.monotonic() - started)))


def idle_loads(args, auth, tally, times):
    """The desk page loaded a few times with no batch running: what the queue's size alone costs."""
    seconds = []
    for _ in range(times):
        try:
            seconds.append(request(args.url + "/desk", auth, accept="text/html", timeout=60)[1])
        except urllib.error.HTTPError as e:
            tally.error("desk (idle)", "HTTP %d" % e.code)
        except (urllib.error.URLError, OSError) as e:
            tally.error("desk (idle)", type(getattr(e, "reason", e)).__name__)
    return seconds


def triaged(status):
    return status is not None and str(status).upper() != "RECEIVED"


def case_status(args, auth, case_id):
    """The case's status and its server-side analysis time (updatedAt − createdAt), from its view."""
    _, _, view = request(args.url + "/api/v1/correspondence/" + case_id, auth, timeout=60)
    case = (view or {}).get("deskCase") or {}
    created, updated = instant(case.get("createdAt")), instant(case.get("updatedAt"))
    analysis = updated - created if created is not None and updated is not None else None
    return case.get("status"), analysis


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def spread(values):
    return {"n": len(values), "p50": round(percentile(values, 50), 3), "p95": round(percentile(values, 95), 3),
            "max": round(max(values), 3) if values else 0.0,
            "mean": round(statistics.mean(values), 3) if values else 0.0}


def fail(message):
    print("desk-load: " + message, file=sys.stderr)
    return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="Guichet's base URL")
    parser.add_argument("--key", required=True, help="a mail gateway's API key (guichet keys create --name desk-load)")
    parser.add_argument("--officer", required=True, metavar="USER:PASSWORD",
                        help="an officer of guichet.desk.officers, for HTTP Basic")
    parser.add_argument("--messages", default=DEFAULT_MESSAGES, metavar="FILE",
                        help="JSONL, one message a line (subject, body, received); default: the triage dev set")
    parser.add_argument("--count", type=int, default=500, help="distinct messages handed in")
    parser.add_argument("--senders", type=int, default=4, help="threads handing messages in at once")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between the officer's page loads")
    parser.add_argument("--idle-loads", type=int, default=5,
                        help="desk page loads before and after the batch, with no message being triaged")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before the run gives up")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if args.count < 1 or args.senders < 1 or args.interval <= 0 or args.timeout <= 0 or args.idle_loads < 0:
        parser.error("--count and --senders must be 1 or more, --interval and --timeout positive, "
                     "--idle-loads not negative")
    user, colon, password = args.officer.partition(":")
    if not colon or not user:
        parser.error("--officer must be USER:PASSWORD")
    args.url = args.url.rstrip("/")
    try:
        messages = read_messages(args.messages)
    except OSError as e:
        parser.error("cannot read %s: %s" % (args.messages, e.strerror))
    except ValueError as e:
        parser.error("%s: %s" % (args.messages, e))
    basic = "Basic " + base64.b64encode(args.officer.encode()).decode()

    try:
        request(args.url + "/actuator/health/readiness", None, timeout=10)
    except urllib.error.HTTPError as e:
        return fail("%s is not ready (HTTP %d on /actuator/health/readiness)" % (args.url, e.code))
    except (urllib.error.URLError, OSError) as e:
        return fail("cannot reach %s: %s" % (args.url, getattr(e, "reason", e)))
    try:
        request(args.url + "/desk", basic, accept="text/html", timeout=30)
    except urllib.error.HTTPError as e:
        return fail("the officer %s was refused at %s/desk (HTTP %d): see guichet.desk.officers" % (user, args.url, e.code))
    except (urllib.error.URLError, OSError) as e:
        return fail("cannot reach %s/desk: %s" % (args.url, getattr(e, "reason", e)))
    try:
        # A gateway's key may hand messages in but not read the queue: 403 means the key is known.
        request(args.url + "/api/v1/correspondence", "Bearer " + args.key, timeout=30)
    except urllib.error.HTTPError as e:
        if e.code != 403:
            return fail("the API key was refused (HTTP %d): create one with guichet keys create --name desk-load" % e.code)
    except (urllib.error.URLError, OSError) as e:
        return fail("cannot reach %s: %s" % (args.url, getattr(e, "reason", e)))

    tally = Tally()
    idle_before = idle_loads(args, basic, tally, args.idle_loads)
    run = uuid.uuid4().hex[:8]
    started = time.monotonic()
    deadline = started + args.timeout
    stop = threading.Event()
    poller = threading.Thread(target=officer, args=(args, basic, stop, tally), daemon=True)
    poller.start()
    numbers = iter(range(args.count))
    lock = threading.Lock()

    def next_numbers():
        while True:
            with lock:
                n = next(numbers, None)
            if n is None:
                return
            yield n

    senders = [threading.Thread(target=sender, args=(args, messages, run, next_numbers(), deadline, tally), daemon=True)
               for _ in range(args.senders)]
    for thread in senders:
        thread.start()
    for thread in senders:
        thread.join()
    intake_seconds = time.monotonic() - started
    if tally.fatal:
        stop.set()
        return fail(tally.fatal)

    # Triage runs inside the POST, so the created cases should all be triaged now; a failed analysis
    # leaves one "received" for the server's background retry: wait for those, the officer still polling.
    pending = set(tally.created)
    while pending and time.monotonic() < deadline:
        listed = {entry.get("id"): entry.get("status") for entry in (tally.latest_queue or []) if isinstance(entry, dict)}
        for case_id in list(pending):
            status = listed.get(case_id)
            if status is None:
                try:
                    status, _ = case_status(args, basic, case_id)
                except (urllib.error.URLError, OSError, ValueError):
                    status = None
            if triaged(status):
                pending.discard(case_id)
        if pending:
            time.sleep(args.interval)
    stop.set()
    poller.join()
    elapsed = time.monotonic() - started
    idle_after = idle_loads(args, basic, tally, args.idle_loads)

    # The server's own analysis time per case, read once the officer has stopped polling.
    analysis = []
    for case_id in tally.created:
        try:
            status, seconds = case_status(args, basic, case_id)
        except (urllib.error.URLError, OSError, ValueError):
            continue
        if triaged(status) and seconds is not None:
            analysis.append(seconds)

    created = tally.outcomes.get("created", 0)
    desk, queue = tally.pages["desk"], tally.pages["queue"]
    errors = tally.error_count()
    report = {
        "count": args.count, "senders": args.senders, "sent": sum(tally.outcomes.values()),
        "outcomes": tally.outcomes, "turnedAway429": tally.busy,
        "triaged": created - len(pending), "notTriaged": len(pending),
        "seconds": round(elapsed, 1), "intakeSeconds": round(intake_seconds, 1),
        "messagesPerMinute": round(created / intake_seconds * 60, 1) if intake_seconds else 0.0,
        "timePerMessageSeconds": {"measure": "POST latency (triage runs inside the request)",
                                  **spread(tally.post_seconds)},
        "analysisSeconds": {"measure": "case updatedAt - createdAt (the server's analysis alone)", **spread(analysis)},
        "deskPageSeconds": {**spread(desk), "over1s": sum(1 for s in desk if s > SLOW_PAGE)},
        "deskPageIdleSeconds": {"before": spread(idle_before), "after": spread(idle_after)},
        "queueApiSeconds": {**spread(queue), "over1s": sum(1 for s in queue if s > SLOW_PAGE)},
        "errors": errors, "errorKinds": tally.errors,
    }
    if args.json:
        print(json.dumps(report))
    else:
        o = report["outcomes"]
        print("%d messages sent by %d senders in %.1f s: %d created, %d duplicate, %d rejected; %d triaged%s"
              % (report["sent"], args.senders, intake_seconds, o.get("created", 0), o.get("duplicate", 0),
                 o.get("rejected", 0), report["triaged"],
                 "" if not pending else ", %d still not triaged after %.0f s" % (len(pending), elapsed)))
        print("intake: %.1f messages per minute" % report["messagesPerMinute"])
        t, a = report["timePerMessageSeconds"], report["analysisSeconds"]
        print("time per message (POST, triage included): p50 %.2f s, p95 %.2f s, max %.2f s"
              % (t["p50"], t["p95"], t["max"]))
        print("server analysis per case (updatedAt - createdAt): p50 %.2f s, p95 %.2f s, max %.2f s"
              % (a["p50"], a["p95"], a["max"]))
        for label, p in (("desk page (GET /desk)", report["deskPageSeconds"]),
                         ("queue API (GET /api/v1/correspondence)", report["queueApiSeconds"])):
            print("%s: %d loads, p50 %.3f s, p95 %.3f s, max %.3f s, %d over 1 s"
                  % (label, p["n"], p["p50"], p["p95"], p["max"], p["over1s"]))
        b, f = report["deskPageIdleSeconds"]["before"], report["deskPageIdleSeconds"]["after"]
        if b["n"] or f["n"]:
            print("desk page with no batch running: before p50 %.3f s (max %.3f s), after p50 %.3f s (max %.3f s)"
                  % (b["p50"], b["max"], f["p50"], f["max"]))
        print("turned away (429): %d; errors: %d %s" % (tally.busy, errors, tally.errors or ""))
    return 0 if errors == 0 and not pending else 2


if __name__ == "__main__":
    sys.exit(main())
