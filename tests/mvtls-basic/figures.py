"""Requests per second of SERAPHIM on real ScarletDME (through the MVTLS
BASIC library and CCALL) next to SERAPHIM on mvbasic (its built-in socket
verbs), measured one after the other in the same run with wrk.

Four loads each: keep-alive and a new TLS connection per request, for a
small response (/healthz, 30 bytes) and a 64 KiB static file. The figures
are printed, never asserted; wrk's error counts are checked (every
response must be a 200).
"""

import os
import re
import shutil
import subprocess
import sys

import seraphim_hosts

sys.path.insert(0, os.path.join(seraphim_hosts.ROOT, "tests", "e2e"))
import server  # noqa: E402

SECONDS = int(os.environ.get("FIGURES_SECONDS", "5"))
LOADS = [("small, keep-alive", "/healthz", False), ("small, new connection", "/healthz", True),
         ("64 KiB, keep-alive", "/static/big64k.bin", False), ("64 KiB, new connection", "/static/big64k.bin", True)]


def wrk(port, path, close):
    cmd = ["wrk", "-t1", "-c4", f"-d{SECONDS}s", "--latency"]
    if close:
        cmd += ["-H", "Connection: close"]
    cmd.append(f"https://localhost:{port}{path}")
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=SECONDS + 60).stdout.decode()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return (float(rps.group(1)) if rps else None, int(bad.group(1)) if bad else 0,
            sum(map(int, errs.groups())) if errs else 0, out)


def measure(name, srv, static_dir, t, table):
    with open(os.path.join(srv.account, static_dir, "big64k.bin"), "wb") as f:
        f.write(os.urandom(65536))
    try:
        srv.start()
        for label, path, close in LOADS:
            rps, bad, errs, out = wrk(srv.port, path, close)
            t.check(rps is not None and bad == 0, f"figures: {name}, {label}: every response a 200",
                    out[-600:])
            table.setdefault(label, {})[name] = (rps, errs)
    finally:
        srv.stop()
        srv.cleanup()


def figures(h, pki, t):
    if h.name != "scarletdme":
        return
    if not shutil.which("wrk"):
        t.fail("figures: wrk is not installed (make scarletdme-check installs it)")
        return
    table = {}
    measure("ScarletDME", seraphim_hosts.ScarletSeraphim(os.path.join(h.tmp, "fig-sd"), h.lib), "ASSETS", t, table)
    measure("mvbasic", server.Seraphim(os.path.join(h.tmp, "fig-mv")), "STATIC", t, table)
    print(f"\nSERAPHIM, 2 workers, wrk -t1 -c4 -d{SECONDS}s on this machine, requests/s "
          "(socket errors in brackets: closes counted by wrk)")
    print(f"| load | ScarletDME (CCALL, MVTLS library) | mvbasic (socket verbs) |")
    print("|---|---|---|")
    for label, _, _ in LOADS:
        row = table.get(label, {})

        def cell(host):
            if host not in row or row[host][0] is None:
                return "-"
            rps, errs = row[host]
            return f"{rps:.0f}" + (f" ({errs})" if errs else "")
        print(f"| {label} | {cell('ScarletDME')} | {cell('mvbasic')} |")
    print(flush=True)


SUITES = [("figures", figures)]
