#!/usr/bin/env python3
"""Load test for a running Guichet: simulated citizens ask questions through the public API.

Each virtual user opens a conversation and asks questions one after another (no think time unless
--think is given), for --duration seconds. The figures printed are what a capacity plan needs:
answers per minute, latency percentiles, and how many requests were turned away (429, with the
server's Retry-After honoured) or failed. Standard library only; the questions come from a file
(one per line) or the built-in list. --json prints one JSON object.

  ops/load/load-test.py --url http://127.0.0.1:8080 --key gk_... --users 8 --duration 120
"""
import argparse
import json
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

QUESTIONS = [
    "How many days of paid holiday do I get if I work full time?",
    "What is the minimum wage for a 19 year old?",
    "Can my employer make me work on a bank holiday?",
    "How do I apply for Universal Credit?",
    "J'ai été licencié, est-ce que j'ai droit au chômage ?",
    "Combien de jours de congés payés par an ?",
    "Mon employeur peut-il mettre fin à ma période d'essai ?",
    "What should a payslip show?",
]


def request(url, key, body=None, timeout=300):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET")
    req.add_header("Authorization", "Bearer " + key)
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    with urllib.request.urlopen(req, timeout=timeout) as response:
        return response.status, json.loads(response.read() or b"{}")


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.statuses = {}
        self.turned_away = 0
        self.failed = 0
        self.failures = {}

    def answered(self, seconds, status):
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1

    def busy(self):
        with self.lock:
            self.turned_away += 1

    def failure(self, reason):
        with self.lock:
            self.failed += 1
            self.failures[reason] = self.failures.get(reason, 0) + 1


def user(args, questions, deadline, tally, seed):
    rng = random.Random(seed)
    conversation = None
    while time.monotonic() < deadline:
        try:
            if conversation is None:
                _, created = request(args.url + "/api/v1/conversations", args.key, {})
                conversation = created["id"]
            started = time.monotonic()
            _, answer = request(args.url + "/api/v1/conversations/" + conversation + "/messages", args.key,
                                {"message": rng.choice(questions)})
            tally.answered(time.monotonic() - started, answer.get("status", "?"))
        except urllib.error.HTTPError as e:
            if e.code == 429:
                tally.busy()
                time.sleep(min(float(e.headers.get("Retry-After", "1") or 1), max(0.0, deadline - time.monotonic())))
                continue
            tally.failure("HTTP %d" % e.code)
            conversation = None
        except (urllib.error.URLError, OSError, ValueError, KeyError) as e:
            tally.failure(type(e).__name__)
            time.sleep(1)
        if args.think > 0:
            time.sleep(rng.uniform(0, 2 * args.think))


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="Guichet's base URL")
    parser.add_argument("--key", required=True, help="an API key (guichet keys create --name load-test)")
    parser.add_argument("--users", type=int, default=4, help="virtual users asking at once")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load")
    parser.add_argument("--think", type=float, default=0, help="mean seconds a user waits between questions")
    parser.add_argument("--questions", help="a file of questions, one per line")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if args.users < 1 or args.duration <= 0 or args.think < 0:
        parser.error("--users must be 1 or more, --duration positive, --think not negative")
    args.url = args.url.rstrip("/")
    questions = QUESTIONS
    if args.questions:
        try:
            with open(args.questions, encoding="utf-8") as f:
                questions = [line.strip() for line in f if line.strip()]
        except OSError as e:
            parser.error("cannot read %s: %s" % (args.questions, e.strerror))
        if not questions:
            parser.error(args.questions + " holds no question")
    try:
        request(args.url + "/actuator/health/readiness", args.key, timeout=10)
    except urllib.error.HTTPError as e:
        print("load-test: %s is not ready (HTTP %d)" % (args.url, e.code), file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as e:
        print("load-test: cannot reach %s: %s" % (args.url, getattr(e, "reason", e)), file=sys.stderr)
        return 1

    tally = Tally()
    started = time.monotonic()
    deadline = started + args.duration
    threads = [threading.Thread(target=user, args=(args, questions, deadline, tally, n), daemon=True)
               for n in range(args.users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    lat = tally.latencies
    report = {
        "users": args.users, "seconds": round(elapsed, 1), "answers": len(lat),
        "answersPerMinute": round(len(lat) / elapsed * 60, 1),
        "latencySeconds": {"p50": round(percentile(lat, 50), 2), "p95": round(percentile(lat, 95), 2),
                           "p99": round(percentile(lat, 99), 2), "max": round(max(lat), 2) if lat else 0.0,
                           "mean": round(statistics.mean(lat), 2) if lat else 0.0},
        "statuses": tally.statuses, "turnedAway429": tally.turned_away, "failed": tally.failed,
        "failures": tally.failures,
    }
    if args.json:
        print(json.dumps(report))
    else:
        l = report["latencySeconds"]
        print("%d users for %.0f s: %d answers (%.1f per minute)" % (args.users, elapsed, len(lat), report["answersPerMinute"]))
        print("latency: p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s" % (l["p50"], l["p95"], l["p99"], l["max"]))
        print("outcomes: " + ", ".join("%s %d" % kv for kv in sorted(tally.statuses.items())))
        print("turned away (429): %d; failed: %d %s" % (tally.turned_away, tally.failed, tally.failures or ""))
    return 0 if tally.failed == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
