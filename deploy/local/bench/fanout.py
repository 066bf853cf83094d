"""bench.sh's event fan-out scenario: placement changes at a fixed rate, each delivered by notification-service to a
webhook receiver on this machine; prints one RESULT line. Python's standard library only (Debian's python3).

The receiver listens on 127.0.0.1 (the local stack allows webhooks to it over http). The organisation of the manager's
token subscribes it to se.sip.plan.placement-changed.v1 for the run, and the subscription is deleted at the end.
Commit -> delivery is the receiver's arrival time less the event's CloudEvents "time", which plan-service writes in the
transaction that records the change. A change answered 201 whose event did not arrive within the grace period counts
as undelivered: either still queued in notification-service (PENDING or FAILED deliveries of the subscription, read
before it is deleted) or lost (no delivery at all).

usage: fanout.py RATE SECONDS GRACE PLAN-ID... (environment: BENCH_TOKEN a caseworker's, BENCH_MANAGER_TOKEN a
manager's token of the same organisation, BENCH_TODAY)
"""
import datetime
import http.client
import http.server
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

PLAN = ("127.0.0.1", 8083)
NOTIFY = ("127.0.0.1", 8084)
EVENT_TYPE = "se.sip.plan.placement-changed.v1"

arrivals = []  # (arrival epoch s, event id, plan id, event time epoch s)
arrivals_lock = threading.Lock()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        now = time.time()
        try:
            event = json.loads(body)
            if event.get("type") == EVENT_TYPE:
                at = datetime.datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp()
                with arrivals_lock:
                    arrivals.append((now, event["id"], event["data"]["planId"], at))
        except (ValueError, KeyError, TypeError):
            pass
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def call(address, method, path, token, body=None, connection=None):
    """One request; returns (status, parsed JSON or None). Reuses the given keep-alive connection."""
    own = connection is None
    connection = connection or http.client.HTTPConnection(*address, timeout=30)
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    raw = response.read()
    if own:
        connection.close()
    try:
        return response.status, json.loads(raw) if raw else None
    except ValueError:
        return response.status, None


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(len(ordered) * p / 100.0)))]


def main():
    rate, seconds, grace = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    plans = sys.argv[4:]
    token, manager, today = os.environ["BENCH_TOKEN"], os.environ["BENCH_MANAGER_TOKEN"], os.environ["BENCH_TODAY"]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    callback = "http://127.0.0.1:%d/hook" % server.server_address[1]
    status, created = call(NOTIFY, "POST", "/api/v1/subscriptions", manager,
                           {"callbackUrl": callback, "eventTypes": [EVENT_TYPE]})
    if status != 201:
        print("RESULT error=subscription-refused status=%d body=%s" % (status, json.dumps(created)[:300]))
        return 1
    subscription = created["id"]

    def queued(status):
        code, page = call(NOTIFY, "GET", "/api/v1/subscriptions/%s/deliveries?status=%s&size=1"
                          % (subscription, status), manager)
        return page["total"] if code == 200 and page else -1

    try:
        return run(rate, seconds, grace, plans, token, today, queued)
    finally:
        # Deleting it drops what is still queued for it: nothing is left sending to a receiver that is gone.
        call(NOTIFY, "DELETE", "/api/v1/subscriptions/" + subscription, manager)
        server.shutdown()


def run(rate, seconds, grace, plans, token, today, queued):
    local = threading.local()
    # A plan's changes alternate (§ 27 placement, back to the institution) and must arrive in order: each waits for the
    # one before it on the same plan. With one change per plan a second, that one is long done.
    previous = {}
    answered = {}  # plan id -> changes answered 201
    api_ms, refused = [], []
    lock = threading.Lock()

    def change(plan, kind, before):
        if before is not None:
            before.wait()
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection(*PLAN, timeout=30)
        started = time.time()
        try:
            status, body = call(PLAN, "POST", "/api/v1/plans/%s/placement-changes" % plan, token,
                                {"type": kind, "effectiveOn": today}, local.connection)
        except (OSError, http.client.HTTPException) as e:
            local.connection.close()
            del local.connection
            status, body = "socket", str(e)
        with lock:
            api_ms.append((time.time() - started) * 1000)
            if status == 201:
                answered[plan] = answered.get(plan, 0) + 1
            else:
                refused.append("%s %s" % (status, json.dumps(body)[:300]))

    total = int(rate * seconds)
    start = time.time()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for i in range(total):
            plan = plans[i % len(plans)]
            kind = "SECTION_27_PLACEMENT" if (i // len(plans)) % 2 == 0 else "RETURNED_TO_INSTITUTION"
            done = threading.Event()
            before = previous.get(plan)
            previous[plan] = done

            def job(plan=plan, kind=kind, before=before, done=done):
                try:
                    change(plan, kind, before)
                finally:
                    done.set()

            delay = start + i / rate - time.time()
            if delay > 0:
                time.sleep(delay)
            pool.submit(job)
    sent_seconds = time.time() - start

    ok = sum(answered.values())
    mine = set(plans)
    deadline = time.time() + grace
    while time.time() < deadline:
        with arrivals_lock:
            got = len({a[1] for a in arrivals if a[2] in mine})
        if got >= ok:
            break
        time.sleep(0.5)
    pending, failed = queued("PENDING"), queued("FAILED")
    with arrivals_lock:
        ours = [a for a in arrivals if a[2] in mine]
    first = {}
    for arrival in ours:
        if arrival[1] not in first or arrival[0] < first[arrival[1]][0]:
            first[arrival[1]] = arrival
    per_plan = {}
    for arrival in first.values():
        per_plan[arrival[2]] = per_plan.get(arrival[2], 0) + 1
    undelivered = sum(max(0, n - per_plan.get(plan, 0)) for plan, n in answered.items())
    lost = max(0, undelivered - max(0, pending) - max(0, failed))
    latencies = [(a[0] - a[3]) * 1000 for a in first.values()]
    print("RESULT sent=%d seconds=%.1f rate=%.1f ok=%d non2xx=%d api_p50_ms=%.1f api_p99_ms=%.1f delivered=%d"
          " duplicates=%d undelivered=%d pending=%d failed=%d lost=%d p50_ms=%.1f p99_ms=%.1f"
          % (total, sent_seconds, total / sent_seconds, ok, len(refused), percentile(api_ms, 50),
             percentile(api_ms, 99), len(first), len(ours) - len(first), undelivered, pending, failed, lost,
             percentile(latencies, 50), percentile(latencies, 99)))
    for status in refused[:3]:
        print("SAMPLE %s" % status)
    return 0


if __name__ == "__main__":
    sys.exit(main())
