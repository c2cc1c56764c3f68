#!/usr/bin/env python3
"""SERAPHIM end-to-end tests.

    python3 tests/e2e/run.py [-k SUBSTRING] [--keep] [--no-unit]

Runs the BASIC unit tests of SERAPHIM's pure subroutines, then starts
SERAPHIM (master + 2 PHANTOM workers) on free ports with its own test
content in a temporary copy of the account, and runs every HTTP, TLS and
robustness test against it with curl, raw TLS sockets and headless Chromium.
Outputs (server logs, access log, screenshots) go to test-output/e2e/.
Ends with "N passed, M failed"; the exit status is non-zero on failure.
Every process the runner started is stopped, whatever happens.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import server  # noqa: E402
import tests_abuse  # noqa: E402
import tests_http  # noqa: E402
import tests_robust  # noqa: E402

OUTDIR = os.path.join(server.ROOT, "test-output", "e2e")


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def ok(self, name, secs=None):
        self.passed += 1
        extra = f" ({secs:.1f}s)" if secs is not None else ""
        print(f"PASS {name}{extra}", flush=True)

    def fail(self, name, msg):
        self.failed.append(name)
        print(f"FAIL {name}: {msg}", flush=True)


def run_unit(srv, results, pattern):
    """The BASIC unit-test programs, run in the test account."""
    if pattern and "unit" not in pattern:
        return
    for prog in ("T.SERAPHIM.UNIT", "T.SERAPHIM.ROUTE"):
        run_unit_program(srv, results, prog)


def run_unit_program(srv, results, prog):
    try:
        out = subprocess.run([srv.mvbasic, "run", f"BP/{prog}"], cwd=srv.account, capture_output=True,
                             timeout=120, env=dict(os.environ, TZ="UTC"))
    except (OSError, subprocess.TimeoutExpired) as exc:
        results.fail(f"unit: {prog}", repr(exc))
        return
    text = out.stdout.decode("utf-8", "replace")
    summary = False
    for line in text.splitlines():
        if line.startswith("PASS "):
            results.ok("unit: " + line[5:])
        elif line.startswith("FAIL "):
            name, _, msg = line[5:].partition(": ")
            results.fail("unit: " + name, msg)
        elif line.startswith("UNIT "):
            summary = True
    if not summary or out.returncode != 0:
        results.fail(f"unit: {prog} ran to the end",
                     f"rc {out.returncode}; stdout tail {text[-600:]!r}; stderr {out.stderr[-600:]!r}")


def master_killed_phase(srv, results):
    """Restart in plain-SERVE mode (for a TLS-terminating proxy), check it,
    then SIGKILL the master: every worker must notice and exit by itself."""
    name = "workers exit by themselves when the master is SIGKILLed"
    try:
        srv.write_control({17: "SERVE"})
        srv.start()
        try:
            st, h, body, err, rc = server.lib.curl([f"http://127.0.0.1:{srv.http_port}/posts/beta-post"])
            if st == 200 and b"<h1>Beta Post</h1>" in body and not server.lib.hdr(h, "strict-transport-security"):
                results.ok("plain port in SERVE mode serves the blog without HSTS")
            else:
                results.fail("plain port in SERVE mode serves the blog without HSTS", f"{st} {h} {err}")
        except Exception as exc:  # noqa: BLE001
            results.fail("plain port in SERVE mode serves the blog without HSTS", repr(exc))
        workers = list(srv.worker_records(ready_only=True).values())
        if len(workers) < srv.workers:
            raise AssertionError(f"workers not ready: {workers}")
        os.kill(srv.proc.pid, signal.SIGKILL)
        srv.proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(server.lib.pid_alive(p) for p in workers):
            time.sleep(0.05)
        left = [p for p in workers if server.lib.pid_alive(p)]
        if left:
            raise AssertionError(f"workers still running 15 s after the master died: {left}")
        results.ok(name)
    except Exception as exc:  # noqa: BLE001
        results.fail(name, f"{exc}\n{srv.tail_log()}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", dest="pattern", default="", help="run only tests whose name contains this")
    ap.add_argument("--keep", action="store_true", help="keep the temporary account for inspection")
    ap.add_argument("--no-unit", action="store_true", help="skip the BASIC unit tests")
    args = ap.parse_args()

    results = Results()
    os.makedirs(OUTDIR, exist_ok=True)
    if not os.access(server.find_mvbasic(), os.X_OK):
        print(f"FAIL setup: no runtime at {server.find_mvbasic()} (build it or set MVBASIC)")
        print("0 passed, 1 failed")
        return 1
    srv = server.Seraphim(OUTDIR)

    def on_signal(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, on_signal)
    try:
        if not args.no_unit:
            run_unit(srv, results, args.pattern)
        tests = tests_http.TESTS + tests_robust.TESTS + tests_abuse.TESTS
        tests = [(n, f) for n, f in tests if args.pattern in n]
        if tests:
            t0 = time.monotonic()
            try:
                srv.start()
                results.ok("server starts (master + 2 workers ready)", time.monotonic() - t0)
            except Exception as exc:  # noqa: BLE001
                results.fail("server starts (master + 2 workers ready)", f"{exc}\n{srv.tail_log()}")
                tests = []
            for name, fn in tests:
                t0 = time.monotonic()
                try:
                    fn(srv)
                    results.ok(name, time.monotonic() - t0)
                except Exception as exc:  # noqa: BLE001
                    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                    results.fail(name, detail)
                    if srv.proc is not None and srv.proc.poll() is not None:
                        results.fail("server still running", srv.tail_log())
                        break
            if srv.proc is not None:
                # stopping: the master and all workers must go away
                pids = srv._our_pids()
                env = dict(os.environ, SERAPHIM_ACCOUNT=srv.account)
                subprocess.run([os.path.join(server.ROOT, "scripts", "stop-seraphim.sh")], env=env,
                               capture_output=True, timeout=60)
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline and any(server.lib.pid_alive(p) for p in pids):
                    time.sleep(0.05)
                left = [p for p in pids if server.lib.pid_alive(p)]
                if left:
                    results.fail("make stop ends the master and every worker", f"still running: {left}")
                else:
                    results.ok("make stop ends the master and every worker")
            if tests and not args.pattern:
                master_killed_phase(srv, results)
    except KeyboardInterrupt:
        results.fail("interrupted", "the run was interrupted")
    finally:
        srv.stop()
        srv.save_logs()
        srv.cleanup(keep=args.keep)
        if args.keep:
            print(f"kept the test account in {srv.tmp}")
        shots = getattr(srv, "screenshots", None)
        if shots:
            for name, path in shots.items():
                print(f"screenshot ({name}): {path}")
    print(f"{results.passed} passed, {len(results.failed)} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
