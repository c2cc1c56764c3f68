"""SERAPHIM served through the MVTLS BASIC library: the end-to-end HTTP
tests of tests/e2e (every route, keep-alive, pipelining, 50 clients, HEAD,
conditional requests, error statuses, path escapes), and clients that stop
reading, against SERAPHIM on real ScarletDME, or on mvbasic with the same
CCALL socket layer."""

import os
import subprocess
import time
import traceback

import seraphim_hosts
import tests_http  # noqa: E402  (tests/e2e, on the path through seraphim_hosts)


def clients_that_stop_reading(srv):
    """Two clients pipeline 200 requests for a 29 KB image each (5.8 MB of
    answers) and do not read: the answers fill their sockets and the
    library's output bound,
    and the workers must wait for write readiness (SKT.SELECT "W",
    SKT.WRITE.SOME) instead of blocking on a write. Meanwhile others are
    served; once the two read, every answer arrives, complete. (With a
    write that blocks, the worker gave up after 2 s and closed them.)"""
    size = os.path.getsize(os.path.join(seraphim_hosts.ROOT, "basic", "STATIC", "seraphim.png"))
    hogs = []
    try:
        for _ in range(2):
            c = seraphim_hosts.lib.Conn("127.0.0.1", srv.port, srv.ca)
            c.send(seraphim_hosts.lib.request_bytes("GET", "/static/seraphim.png") * 200)
            hogs.append(c)
        for i in range(5):
            c = seraphim_hosts.lib.Conn("127.0.0.1", srv.port, srv.ca)
            try:
                c.send(seraphim_hosts.lib.request_bytes("GET", "/healthz", close=True))
                st = c.read_response().status
            finally:
                c.close()
            if st != 200:
                raise AssertionError(f"request {i} while two clients do not read: status {st}")
        # both read now, in turn (a client left waiting for field 13
        # seconds would be closed as one that stopped reading). A receive
        # buffer shrunk with SO_RCVBUF would stay clamped and make this
        # crawl: the default buffers hold far less than 5.8 MB anyway.
        for i in range(200):
            for k, c in enumerate(hogs):
                r = c.read_response()
                if r.status != 200 or len(r.body) != size:
                    raise AssertionError(f"client {k}, answer {i + 1}: status {r.status}, {len(r.body)} bytes")
    finally:
        for c in hogs:
            c.close()


EXTRA_TESTS = [("clients that stop reading are served in full once they read, others meanwhile",
                clients_that_stop_reading)]


def seraphim(h, pki, t):
    cls = seraphim_hosts.ScarletSeraphim if h.name == "scarletdme" else seraphim_hosts.CcallSeraphim
    srv = cls(os.path.join(h.tmp, "seraphim-out"), h.lib)
    try:
        t0 = time.monotonic()
        try:
            srv.start()
            t.ok(f"SERAPHIM starts on {h.name} (master + 2 workers ready, {time.monotonic() - t0:.1f} s)")
        except Exception as exc:  # noqa: BLE001
            t.fail(f"SERAPHIM starts on {h.name}: {exc}\n{srv.tail_log()}")
            return
        for name, fn in tests_http.TESTS + EXTRA_TESTS:
            try:
                fn(srv)
                t.ok(f"seraphim: {name}")
            except Exception as exc:  # noqa: BLE001
                t.fail(f"seraphim: {name}: " + "".join(traceback.format_exception_only(type(exc), exc)).strip())
                if srv.proc is not None and srv.proc.poll() is not None:
                    t.fail("SERAPHIM still running: " + srv.tail_log())
                    break
        logs = [f for f in os.listdir(os.path.join(srv.account, "LOGS")) if f.startswith("access")]
        lines = sum(open(os.path.join(srv.account, "LOGS", f), "rb").read().count(b"\n") for f in logs)
        t.check(lines > 100, "requests are in the access logs", f"{logs} {lines} lines")
        pids = srv._our_pids()
        env = dict(os.environ, SERAPHIM_ACCOUNT=srv.account)
        subprocess.run([os.path.join(seraphim_hosts.ROOT, "scripts", "stop-seraphim.sh")], env=env,
                       capture_output=True, timeout=60)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(seraphim_hosts.lib.pid_alive(p) for p in pids):
            time.sleep(0.05)
        left = [p for p in pids if seraphim_hosts.lib.pid_alive(p)]
        t.check(not left, "make stop ends the master and every worker", f"still running: {left}")
    finally:
        srv.stop()
        srv.cleanup(keep=bool(os.environ.get("KEEP_TMP")))


SUITES = [("seraphim", seraphim)]
