#!/usr/bin/env python3
"""make test-cluster: three SERAPHIM hosts behind haproxy (scripts/cluster.sh),
checked from outside like a fleet's operator would.

Checks, each printed PASS/FAIL with its figures:
  hosts-up         haproxy sees every host UP (TLS health checks with PROXY v2)
  cross-host       share of sessions resumed on a different host than the one
                   that issued the ticket (a chain of connections through
                   haproxy, each offering the previous one's session); >= 95%
  req-per-s        requests/s through haproxy and against a SERAPHIM started
                   direct (no balancer, same total workers), same run (wrk)
  host-killed      one host SIGKILLed under load: no failed request that
                   started after haproxy marked it down; lost requests counted
  rolling-cert     a new certificate rolled host by host under load: no
                   failed request, every host serves the new one
  key-rotation     after one rotation the previous key's ticket resumes;
                   after a second (key dropped) it falls back to a full
                   handshake and the request still succeeds
  client-address   every host's access log has the client's own address
                   (127.0.0.9) for every test request, never haproxy's
  deploy-config    deploy/haproxy.cfg is valid for the installed haproxy
Ends with "N passed, N failed". Bounded (alarm); stops everything it started.
"""
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, "test-output", "cluster-test")
ENV = dict(os.environ, CLUSTER_DIR=DIR, CLUSTER_NAME="mvct", CLUSTER_PORT="9543",
           CLUSTER_SUBNET="10.78.0", CLUSTER_HOSTS="3", CLUSTER_WORKERS="1")
PORT = 9543
DIRECT_PORT = 9544
HOSTS = 3
CLIENT_ADDR = "127.0.0.9"
CA = os.path.join(ROOT, "dev-certs", "ca.pem")
CLUSTER = [os.path.join(ROOT, "scripts", "cluster.sh")]
LOCAL_HEADER = b"\r\n\r\n\x00\r\nQUIT\n" + bytes([0x20, 0x00, 0, 0])
LIMIT_S = int(os.environ.get("CLUSTER_TEST_LIMIT", "420"))

results = []


def note(msg):
    print("  # " + msg, flush=True)


def record(name, ok, detail):
    results.append((name, ok))
    print(("PASS  " if ok else "FAIL  ") + f"{name:15s} {detail}", flush=True)


def cluster(*args, check=True):
    r = subprocess.run(CLUSTER + list(args), env=ENV, capture_output=True, text=True, timeout=120)
    if check and r.returncode != 0:
        raise RuntimeError(f"cluster.sh {' '.join(args)}: {r.stdout}{r.stderr}")
    return r.stdout


def tls_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return ctx


CTX = tls_context()


def request(addr, port, path, session=None, source=CLIENT_ADDR, header=b"", timeout=10):
    """One HTTPS request on a new connection. Returns a dict: ok, status,
    body, reused, session, cert (DER), error."""
    out = {"ok": False, "reused": False, "session": None, "body": "", "cert": b"", "error": ""}
    try:
        sock = socket.create_connection((addr, port), timeout=timeout,
                                        source_address=(source, 0) if source else None)
        try:
            if header:
                sock.sendall(header)
            tls = CTX.wrap_socket(sock, server_hostname="localhost", session=session)
            tls.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = tls.recv(65536)
                if not chunk:
                    break
                data += chunk
            if not data:
                raise ConnectionError("closed before a response")
            out["reused"] = tls.session_reused
            out["session"] = tls.session
            out["cert"] = tls.getpeercert(binary_form=True)
            head, _, body = data.partition(b"\r\n\r\n")
            status = head.split(b" ", 2)[1].decode() if head.startswith(b"HTTP/1.1 ") else "?"
            out["status"], out["body"] = status, body.decode("latin-1")
            out["ok"] = status == "200"
            if not out["ok"]:
                out["error"] = f"status {status}"
            tls.close()
        finally:
            sock.close()
    except (OSError, ssl.SSLError, ValueError) as e:
        out["error"] = f"{type(e).__name__}: {e}"
    return out


def worker_pids():
    """pid -> host number, from each host's LOGS/SERAPHIM.W* records."""
    m = {}
    for n in range(1, HOSTS + 1):
        logs = os.path.join(DIR, f"host{n}", "LOGS")
        for f in os.listdir(logs) if os.path.isdir(logs) else []:
            if f.startswith("SERAPHIM.W"):
                try:
                    pid = open(os.path.join(logs, f), "rb").read().split(b"\n")[0].strip()
                    m[pid.decode()] = n
                except OSError:
                    pass
    return m


def host_of(body, pids):
    m = re.search(r"pid (\d+)", body)
    return pids.get(m.group(1)) if m else None


def states():
    out = {}
    for line in cluster("status", check=False).splitlines():
        parts = line.split()
        if len(parts) == 2:
            out[parts[0]] = parts[1]
    return out


def wait_for(pred, seconds, step=0.05):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()


class Load:
    """Clients in threads, each a chain of new connections through haproxy
    offering the previous connection's session."""

    def __init__(self, tag, threads=4):
        self.tag, self.stop_flag, self.log, self.lock = tag, False, [], threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(threads)]

    def run(self, i):
        session, k = None, 0
        while not self.stop_flag:
            k += 1
            t0 = time.monotonic()
            r = request("127.0.0.1", PORT, f"/healthz?cl={self.tag}-{i}-{k}", session=session)
            with self.lock:
                self.log.append((t0, time.monotonic(), r["ok"], r["error"]))
            if r["ok"]:
                session = r["session"]

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop_flag = True
        for t in self.threads:
            t.join(20)

    def count(self):
        with self.lock:
            return len(self.log)


def check_up():
    ok = wait_for(lambda: list(states().values()).count("UP") == HOSTS, 30, 0.2)
    record("hosts-up", ok, f"haproxy: {states()}")


def check_cross_host(n=60):
    pids = worker_pids()
    session, prev_host = None, None
    moved = moved_resumed = failed = 0
    for i in range(n):
        r = request("127.0.0.1", PORT, f"/healthz?cl=chain-{i}", session=session)
        if not r["ok"]:
            failed += 1
            session = None
            continue
        host = host_of(r["body"], pids)
        if session is not None and prev_host is not None and host != prev_host:
            moved += 1
            moved_resumed += r["reused"]
        session, prev_host = r["session"], host
    share = 100.0 * moved_resumed / moved if moved else 0.0
    record("cross-host", moved >= 10 and share >= 95.0 and failed == 0,
           f"{moved_resumed}/{moved} connections that moved to another host resumed its ticket "
           f"({share:.1f}%, target >= 95%); {failed} failed of {n}")


def wrk(url, seconds=4):
    r = subprocess.run(["wrk", "-t2", "-c8", f"-d{seconds}s", url], capture_output=True, text=True,
                       timeout=seconds + 30)
    m = re.search(r"Requests/sec:\s*([\d.]+)", r.stdout)
    errs = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", r.stdout)
    return (float(m.group(1)) if m else 0.0), (errs.group(0) if errs else "")


def check_rps():
    cluster("direct-start")
    try:
        via, e1 = wrk(f"https://localhost:{PORT}/healthz")
        direct, e2 = wrk(f"https://localhost:{DIRECT_PORT}/healthz")
    finally:
        cluster("direct-stop", check=False)
    record("req-per-s", via > 0 and direct > 0 and not e1 and not e2,
           f"haproxy -> 3 hosts x 1 worker: {via:.0f} req/s; SERAPHIM direct, 3 workers: {direct:.0f} req/s "
           f"(ratio {via / direct if direct else 0:.2f}; wrk -t2 -c8 -d4s /healthz, keep-alive; "
           f"2 shared cores, other work running){' ' + e1 + ' ' + e2 if e1 or e2 else ''}")


def check_host_killed():
    with Load("kill") as load:
        wait_for(lambda: load.count() >= 20, 30)
        t_kill = time.monotonic()
        cluster("kill", "2")
        down = wait_for(lambda: states().get("host2") not in ("UP", None), 20, 0.02)
        t_down = time.monotonic()
        n_at_down = load.count()
        wait_for(lambda: load.count() >= n_at_down + 40 and time.monotonic() > t_down + 2, 30)
    log = load.log
    lost = [e for (t0, t1, ok, e) in log if not ok and t0 < t_down]
    after = [e for (t0, t1, ok, e) in log if not ok and t0 >= t_down]
    ok_after = sum(1 for (t0, t1, ok, e) in log if ok and t0 >= t_down)
    record("host-killed", down and not after and ok_after > 0,
           f"host2 marked down {t_down - t_kill:.2f} s after SIGKILL; {len(log)} requests, "
           f"{len(lost)} lost before mark-down{(' (' + lost[0] + ')') if lost else ''}, "
           f"{len(after)} failed after it, {ok_after} succeeded after it")
    cluster("host", "2")
    wait_for(lambda: states().get("host2") == "UP", 60, 0.2)


def new_certificate():
    """A new leaf for the same key, signed by the development CA."""
    d = os.path.join(DIR, "certs")
    ext = os.path.join(d, "ext.cnf")
    with open(ext, "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n")
    csr = os.path.join(d, "new.csr")
    key = os.path.join(d, "server-key.pem")
    subprocess.run(["openssl", "req", "-new", "-key", key, "-subj", "/O=SERAPHIM development/CN=localhost",
                    "-out", csr], check=True, capture_output=True)
    leaf = subprocess.run(["openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(ROOT, "dev-certs", "ca.pem"),
                           "-CAkey", os.path.join(ROOT, "dev-certs", "ca-key.pem"), "-set_serial",
                           str(int.from_bytes(os.urandom(8), "big")), "-days", "30", "-sha256", "-extfile", ext],
                          check=True, capture_output=True).stdout
    return leaf + open(os.path.join(ROOT, "dev-certs", "ca.pem"), "rb").read()


def install(path, data):
    tmp = path + ".new"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def host_cert(n):
    addr = cluster("addr", str(n)).strip()
    r = request(addr, 8443, "/healthz?cl=probe", source=None, header=LOCAL_HEADER)
    return r["cert"]


def check_rolling_cert():
    pem = new_certificate()
    want = ssl.PEM_cert_to_DER_cert(pem.decode())
    changed = []
    with Load("cert") as load:
        wait_for(lambda: load.count() >= 10, 30)
        for n in range(1, HOSTS + 1):
            install(os.path.join(DIR, f"host{n}", "certs", "server.pem"), pem)
            changed.append(wait_for(lambda: host_cert(n) == want, 30, 0.2))
        n_end = load.count()
        wait_for(lambda: load.count() >= n_end + 10, 30)
    failed = [e for (_, _, ok, e) in load.log if not ok]
    record("rolling-cert", all(changed) and not failed,
           f"new certificate on hosts {[n for n, c in zip(range(1, HOSTS + 1), changed) if c]} one after "
           f"the other; {len(load.log)} requests during the roll-out, {len(failed)} failed"
           f"{(' (' + failed[0] + ')') if failed else ''}")


def reloads():
    """Per host: 'certificate reloaded' lines in its workers' output."""
    out = {}
    for n in range(1, HOSTS + 1):
        como = os.path.join(DIR, f"host{n}", "$COMO")
        total = 0
        for f in os.listdir(como) if os.path.isdir(como) else []:
            try:
                total += open(os.path.join(como, f), "rb").read().count(b"certificate reloaded")
            except OSError:
                pass
        out[n] = total
    return out


def rotate(keep):
    before = reloads()
    keys = os.path.join(DIR, "ticket.keys")
    subprocess.run([os.path.join(ROOT, "scripts", "ticket-keys.sh"), "rotate", keys, str(keep)], check=True,
                   capture_output=True)
    data = open(keys, "rb").read()
    for n in range(1, HOSTS + 1):
        install(os.path.join(DIR, f"host{n}", "certs", "ticket.keys"), data)
    return wait_for(lambda: all(reloads()[n] > before[n] for n in before), 30, 0.1)


def check_key_rotation():
    pids = worker_pids()
    r0 = request("127.0.0.1", PORT, "/healthz?cl=rot-0")
    s0, h0 = r0["session"], host_of(r0["body"], pids)
    r = request("127.0.0.1", PORT, "/healthz?cl=rot-1", session=s0)  # s0's ticket works now
    ok1 = rotate(2)
    prev = [request("127.0.0.1", PORT, f"/healthz?cl=rot-2-{i}", session=s0) for i in range(3)]
    prev_hosts = sorted({host_of(p["body"], pids) for p in prev})
    ok2 = rotate(1)
    old = request("127.0.0.1", PORT, "/healthz?cl=rot-3", session=s0)
    fresh = request("127.0.0.1", PORT, "/healthz?cl=rot-4", session=old["session"])
    good = (r0["ok"] and r["reused"] and ok1 and ok2 and all(p["ok"] and p["reused"] for p in prev)
            and old["ok"] and not old["reused"] and fresh["reused"])
    record("key-rotation", good,
           f"ticket from host{h0}: after rotation 1 (keys: new + previous) resumed "
           f"{sum(p['reused'] for p in prev)}/3 times on hosts {prev_hosts}; after rotation 2 (its key "
           f"dropped) {'full handshake' if old['ok'] and not old['reused'] else 'resumed?!' if old['reused'] else 'failed: ' + old['error']}, "
           f"then the new ticket resumed: {fresh['reused']}; all hosts reloaded: {ok1 and ok2}")


def check_client_address():
    per_host = {}
    bad = []
    for n in range(1, HOSTS + 1):
        try:
            lines = open(os.path.join(DIR, f"host{n}", "LOGS", "access.log"), encoding="latin-1").readlines()
        except OSError:
            lines = []
        ours = [l for l in lines if "?cl=" in l and "cl=probe" not in l]
        per_host[n] = sum(1 for l in ours if l.startswith(CLIENT_ADDR + " "))
        bad += [l.strip() for l in ours if not l.startswith(CLIENT_ADDR + " ")]
    record("client-address", all(per_host.values()) and not bad,
           f"test requests logged with {CLIENT_ADDR} per host: {per_host}; with another address: {len(bad)}"
           f"{(' e.g. ' + bad[0]) if bad else ''}")


def check_deploy_config():
    r = subprocess.run(["haproxy", "-c", "-f", os.path.join(ROOT, "deploy", "haproxy.cfg")],
                       capture_output=True, text=True, timeout=30)
    record("deploy-config", r.returncode == 0,
           "haproxy -c -f deploy/haproxy.cfg: " + (r.stdout + r.stderr).strip().splitlines()[-1])


def main():
    def on_alarm(*_):
        raise TimeoutError(f"test-cluster: over {LIMIT_S} s")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(LIMIT_S)
    started = False
    try:
        cluster("stop", check=False)
        out = cluster("start")
        started = True
        mode = open(os.path.join(DIR, "mode")).read().strip()
        note(f"cluster up in {mode} mode: haproxy 127.0.0.1:{PORT}, hosts "
             f"{[cluster('addr', str(n)).strip() for n in range(1, HOSTS + 1)]}")
        for check in (check_up, check_cross_host, check_rps, check_host_killed, check_rolling_cert,
                      check_key_rotation, check_client_address, check_deploy_config):
            try:
                check()
            except Exception as e:  # a broken check fails, the others still run
                record(check.__name__[6:].replace("_", "-"), False, f"{type(e).__name__}: {e}")
        del out
    except Exception as e:
        record("cluster", False, f"{type(e).__name__}: {e}")
    finally:
        signal.alarm(0)
        if started or os.path.exists(os.path.join(DIR, "mode")):
            cluster("direct-stop", check=False)
            cluster("stop", check=False)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
