"""SERAPHIM served through the MVTLS BASIC library: the end-to-end HTTP
tests of tests/e2e (every route, keep-alive, pipelining, 50 clients, HEAD,
conditional requests, error statuses, path escapes) against SERAPHIM on
real ScarletDME, or on mvbasic with the same CCALL socket layer."""

import os
import subprocess
import time
import traceback

import seraphim_hosts
import tests_http  # noqa: E402  (tests/e2e, on the path through seraphim_hosts)


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
        for name, fn in tests_http.TESTS:
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
