#!/usr/bin/env python3
"""SERAPHIM reliability soak (loopback only, bounded in time).

    python3 tests/soak/soak.py            # the full soak (make soak)
    python3 tests/soak/soak.py --short    # the short version in make test (asserts counts)

Starts SERAPHIM (master + 2 workers, `ulimit -n 1024`) in a temporary
account, then measures a normal client (one request per new TLS
connection, in its own process): without attack, while slow TLS clients
send a byte every 3 s (600), while silent TCP clients hold connections
(3,000), and during a mixed soak of keep-alive sessions with 30% abusive
exchanges (50,000). Prints success rates, p50/p99, the abusive clients'
outcomes, RSS and descriptor counts of every server process before and
after, and worker restarts. Only counts are ever checked (--short):
good-client errors, failed probe requests, worker restarts, descriptor
growth; timings are printed, never asserted.
"""

import argparse
import asyncio
import collections
import multiprocessing as mp
import os
import queue
import random
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

import attackers  # noqa: E402
import clients  # noqa: E402
import server  # noqa: E402

OUTDIR = os.path.join(server.ROOT, "test-output", "soak")


# ---- attack and soak processes ------------------------------------------------
def attack_main(kind, n, port, ca, stop, connected, queue):
    stats = collections.Counter()
    if kind == "silent-tcp":
        attackers.silent_flood(port, n, stop, connected, stats)
        queue.put(dict(stats))
        return

    async def run():
        ctx = attackers.tls_context(ca)
        ev = asyncio.Event()
        tasks = [asyncio.create_task(attackers.slow_tls(port, ctx, ev, stats)) for _ in range(n)]
        while not stop.is_set():
            connected.value = stats["connected"]
            await asyncio.sleep(0.25)
        ev.set()
        await asyncio.wait(tasks, timeout=15)
        for t in tasks:
            t.cancel()
    asyncio.run(run())
    queue.put(dict(stats))


def mixed_main(port, ca, total, abusive, concurrency, queue):
    stats = collections.Counter()
    latencies = []

    async def run():
        ctx = attackers.tls_context(ca)
        left = [total]

        async def worker():
            while left[0] > 0:
                if random.random() < abusive:
                    left[0] -= 1
                    kind = random.choice(attackers.ABUSE_KINDS)
                    stats["abusive"] += 1
                    await attackers.abuse_once(kind, port, ctx, stats)
                else:
                    n = min(left[0], random.randint(1, 10))
                    left[0] -= n
                    await clients.good_session(port, ctx, stats, n, latencies)
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    t0 = time.monotonic()
    asyncio.run(run())
    stats["seconds"] = round(time.monotonic() - t0, 1)
    queue.put((dict(stats), latencies))


# ---- measurements -------------------------------------------------------------
def proc_figures(pid):
    try:
        rss = 0
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        return rss, len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return None, None


def server_procs(srv):
    procs = {"master": srv.master_pid()}
    for slot, pid in sorted(srv.worker_records().items()):
        procs[f"worker {slot}"] = pid
    return procs


def pct(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def run_probe(port, ca, seconds, max_requests):
    q = mp.Queue()
    p = mp.Process(target=clients.probe, args=(port, ca, seconds, max_requests, q))
    p.start()
    out = q.get(timeout=seconds + 120)
    p.join(30)
    return out


def report_probe(name, res):
    ok = [r for r in res if r[0]]
    lat = [r[1] * 1000 for r in ok]
    fails = collections.Counter(r[2] for r in res if not r[0])
    rate = 100.0 * len(ok) / len(res) if res else 0.0
    print(f"  {name:<34} {len(ok):>5}/{len(res):<5} ok ({rate:6.2f}%)  p50 {pct(lat, 50):7.1f} ms"
          f"  p99 {pct(lat, 99):7.1f} ms  max {max(lat) if lat else float('nan'):7.1f} ms"
          + (f"  failures {dict(fails)}" if fails else ""), flush=True)
    return len(res) - len(ok), rate, pct(lat, 99)


def attack_phase(srv, kind, n, probe_secs, probe_max):
    stop = mp.Event()
    connected = mp.Value("i", 0)
    q = mp.Queue()
    p = mp.Process(target=attack_main, args=(kind, n, srv.port, srv.ca, stop, connected, q))
    p.start()
    t0 = time.monotonic()
    # readiness: most attackers connected (or 30 s, whichever comes first)
    while time.monotonic() - t0 < 30 and connected.value < 0.9 * n:
        time.sleep(0.1)
    up = connected.value
    res = run_probe(srv.port, srv.ca, probe_secs, probe_max)
    during = connected.value
    stop.set()
    stats = q.get(timeout=60)
    p.join(30)
    print(f"  ({kind}: {n} attackers, {up} connected when the probe began, {during} at its end; "
          f"{stats.get('cut', 0)} cut off by the server, {stats.get('answered', 0)} answered, "
          f"{stats.get('failed', 0)} connects failed)", flush=True)
    return res


def settle(srv, before, timeout=40):
    """Waits (polling) until every process's descriptor count is back to
    its figure before the run, or the timeout passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = {k: proc_figures(pid)[1] for k, pid in server_procs(srv).items()}
        if all(now.get(k) is not None and now[k] <= before[k][1] for k in before):
            return
        time.sleep(0.2)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--short", action="store_true", help="the short version (make test): smaller figures, counts checked")
    ap.add_argument("--slow", type=int, help="slow TLS clients (600; short 60)")
    ap.add_argument("--silent", type=int, help="silent TCP clients (3000; short 300)")
    ap.add_argument("--requests", type=int, help="requests in the mixed soak (50000; short 2000)")
    ap.add_argument("--abusive", type=float, default=0.3, help="share of abusive exchanges (0.3)")
    ap.add_argument("--probe-secs", type=float, help="probe duration per phase (20; short 5)")
    ap.add_argument("--nofile", type=int, default=1024, help="ulimit -n of the server (1024)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep the temporary account")
    a = ap.parse_args()
    short = a.short
    slow = a.slow if a.slow is not None else (60 if short else 600)
    silent = a.silent if a.silent is not None else (300 if short else 3000)
    total = a.requests if a.requests is not None else (2000 if short else 50000)
    probe_secs = a.probe_secs if a.probe_secs is not None else (5 if short else 20)
    probe_max = 100000

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = silent + slow + 512
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(need, soft)), hard))
    os.makedirs(OUTDIR, exist_ok=True)
    srv = server.Seraphim(OUTDIR, workers=a.workers, nofile=a.nofile)
    failures = []
    try:
        srv.start()
        print(f"soak: SERAPHIM master + {a.workers} workers on 127.0.0.1:{srv.port}, ulimit -n {a.nofile}; "
              f"loadavg {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
        run_probe(srv.port, srv.ca, 2, 30)  # warm-up: caches filled, lazy loads done
        procs0 = server_procs(srv)
        before = {k: proc_figures(pid) for k, pid in procs0.items()}
        print("normal client (one request per new TLS connection):", flush=True)
        results = {}
        results["no attack"] = report_probe("no attack", run_probe(srv.port, srv.ca, min(probe_secs, 5), probe_max))
        res = attack_phase(srv, "slow-tls", slow, probe_secs, probe_max)
        results["slow"] = report_probe(f"during {slow} slow TLS clients", res)
        res = attack_phase(srv, "silent-tcp", silent, probe_secs, probe_max)
        results["silent"] = report_probe(f"during {silent} silent TCP clients", res)

        print(f"mixed soak: {total} requests, {int(a.abusive * 100)}% abusive exchanges, 48 concurrent clients:",
              flush=True)
        q = mp.Queue()
        p = mp.Process(target=mixed_main, args=(srv.port, srv.ca, total, a.abusive, 48, q))
        p.start()
        mixed_probe = []
        got = None
        deadline = time.monotonic() + 3600
        while got is None and time.monotonic() < deadline:
            try:
                got = q.get(timeout=0.1)
            except queue.Empty:
                mixed_probe += run_probe(srv.port, srv.ca, 3, probe_max)
        stats, lat = got
        p.join(30)
        lat_ms = [x * 1000 for x in lat]
        print(f"  good requests {stats.get('good-requests', 0)}, errors {stats.get('good-errors', 0)}, "
              f"retried after a keep-alive close {stats.get('good-retries', 0)}; p50 {pct(lat_ms, 50):.1f} ms "
              f"p99 {pct(lat_ms, 99):.1f} ms; abusive exchanges {stats.get('abusive', 0)}; "
              f"{stats.get('seconds')} s", flush=True)
        results["mixed"] = report_probe("normal client during the mixed soak", mixed_probe)
        extra = {k: v for k, v in sorted(stats.items()) if k.startswith(("good-status", "good-error ", "big-"))}
        if extra:
            print(f"  outcomes: {extra}", flush=True)
        settle(srv, before)
        procs1 = server_procs(srv)
        after = {k: proc_figures(pid) for k, pid in procs1.items()}
        print("server processes (RSS KiB / open descriptors):", flush=True)
        growth = 0
        for k in sorted(set(before) | set(after)):
            b, f = before.get(k, (None, None)), after.get(k, (None, None))
            print(f"  {k:<10} pid {procs0.get(k)} -> {procs1.get(k)}: RSS {b[0]} -> {f[0]}, fds {b[1]} -> {f[1]}")
            if b[1] is not None and f[1] is not None and f[1] > b[1]:
                growth += f[1] - b[1]
        restarts = sum(1 for k in procs0 if k != "master" and procs1.get(k) != procs0[k])
        try:
            log = open(srv.master_log, "rb").read().decode("utf-8", "replace")
        except OSError:
            log = ""
        replaced = log.count("starting a replacement")
        print(f"worker restarts: {max(restarts, replaced)}; descriptor growth: {growth}", flush=True)
        print("targets: normal client >= 99% and p99 < 250 ms under each attack, 0 good-client errors, "
              "0 worker restarts, 0 descriptor growth", flush=True)
        if short:
            for name in ("no attack", "slow", "silent", "mixed"):
                if results[name][0]:
                    failures.append(f"{results[name][0]} probe requests failed ({name})")
            if stats.get("good-errors", 0):
                failures.append(f"{stats['good-errors']} good-client errors in the mixed soak")
            if max(restarts, replaced):
                failures.append(f"{max(restarts, replaced)} worker restarts")
            if growth:
                failures.append(f"descriptors grew by {growth}")
    except Exception as exc:  # noqa: BLE001
        failures.append(f"soak aborted: {exc!r}\n{srv.tail_log()}")
    finally:
        srv.stop()
        srv.save_logs()
        srv.cleanup(keep=a.keep)
    for f in failures:
        print(f"FAIL {f}")
    print("soak: " + ("FAILED" if failures else "done"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
