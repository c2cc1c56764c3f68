"""Robustness tests: hostile and broken clients, a worker killed with
SIGKILL, certificate reload, headless Chromium, and the access log."""

import glob
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time

import lib
from tests_http import check, curl_get

TESTS = []


def test(fn):
    TESTS.append((fn.__name__, fn))
    return fn


def served_ok(srv, timeout=5):
    """A fresh curl request for / succeeds quickly."""
    t0 = time.monotonic()
    st, h, body, err, rc = curl_get(srv, "/healthz")
    return st == 200 and time.monotonic() - t0 < timeout


@test
def garbage_clients_do_not_hurt_others(srv):
    # 1. non-HTTP bytes inside TLS
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    c.send(os.urandom(3000))
    r = None
    try:
        r = c.read_response()
    except (EOFError, ConnectionError, ssl.SSLError, ValueError, socket.timeout):
        pass
    check(r is None or r.status == 400, f"garbage got {r}")
    c.close()
    check(served_ok(srv), "not serving after non-HTTP bytes over TLS")
    # 2. TLS garbage (random bytes where a ClientHello should be)
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
    s.sendall(b"\x16\x03\x01\x00\x05" + os.urandom(2000))
    try:
        s.recv(100)
    except OSError:
        pass
    s.close()
    check(served_ok(srv), "not serving after TLS garbage")
    # 3. plain HTTP on the TLS port
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
    s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
    try:
        data = s.recv(4096)
    except OSError:
        data = b""
    s.close()
    check(b"<html" not in data, "plain HTTP on the TLS port got a page")
    check(served_ok(srv), "not serving after plain HTTP on the TLS port")
    # 4. disconnect in the middle of a request (TLS and raw TCP)
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    c.send(b"GET /posts/alpha-post HTTP/1.1\r\nHost: loc")
    c.close()
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
    s.sendall(b"\x16\x03\x01")
    s.close()
    check(served_ok(srv), "not serving after mid-request disconnects")


@test
def silent_clients_do_not_stall_others(srv):
    silent = []
    try:
        for _ in range(20):  # TCP only: TLS handshake never starts
            silent.append(socket.create_connection(("127.0.0.1", srv.port), timeout=5))
        for _ in range(6):  # handshake done, then nothing
            silent.append(lib.Conn("127.0.0.1", srv.port, srv.ca).sock)
        for i in range(20):
            t0 = time.monotonic()
            st, h, body, err, rc = curl_get(srv, "/posts/beta-post")
            dt = time.monotonic() - t0
            check(st == 200, f"request {i} failed while silent clients wait: {st} {err}")
            # generous: a worker that blocked on silent clients would hold
            # each request for several of their 3 s request timeouts in turn
            check(dt < 10.0, f"request {i} took {dt:.2f}s while silent clients wait")
    finally:
        for s in silent:
            try:
                s.close()
            except OSError:
                pass


@test
def slow_request_gets_408_and_others_are_served(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        t0 = time.monotonic()
        check(served_ok(srv), "others not served during a slow request")
        c.sock.settimeout(15)
        r = c.read_response()
        check(r.status == 408, f"slow request got {r.status}")
        check(time.monotonic() - t0 < 12, "408 came too late")
        check(c.closed_by_server(), "connection kept after 408")
    finally:
        c.close()


@test
def idle_keepalive_connection_is_closed(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(lib.request_bytes("GET", "/healthz"))
        check(c.read_response().status == 200, "first request")
        check(c.closed_by_server(wait=12), "idle keep-alive connection not closed (timeout 5 s)")
    finally:
        c.close()


@test
def sigkill_worker_is_replaced_and_port_keeps_answering(srv):
    before = srv.worker_records(ready_only=True)
    check(len(before) >= 2, f"expected 2 workers, have {before}")
    slot, pid = sorted(before.items())[0]
    os.kill(pid, signal.SIGKILL)
    lib.wait_for(lambda: not lib.pid_alive(pid), 10, what="killed worker to exit")
    # the port must keep answering on new connections, every single time
    failures = []
    deadline = time.monotonic() + 20
    replaced = None
    n = 0
    while time.monotonic() < deadline:
        n += 1
        try:
            c = lib.Conn("127.0.0.1", srv.port, srv.ca, timeout=5)
            c.send(lib.request_bytes("GET", "/healthz", close=True))
            if c.read_response().status != 200:
                failures.append(n)
            c.close()
        except Exception as exc:  # noqa: BLE001
            failures.append((n, repr(exc)))
        now = srv.worker_records(ready_only=True)
        if now.get(slot) and now[slot] != pid and lib.pid_alive(now[slot]):
            replaced = now[slot]
            if n >= 20:
                break
        time.sleep(0.05)
    check(not failures, f"{len(failures)} of {n} requests failed after SIGKILL: {failures[:3]}")
    check(replaced, f"worker {slot} was not replaced: {srv.worker_records()}")
    # the replacement serves too: both slots answer /healthz eventually
    slots = set()

    def both():
        st, h, body, *_ = curl_get(srv, "/healthz")
        m = re.search(rb"worker (\d+) pid (\d+)", body)
        if m:
            slots.add(int(m.group(2)))
        return replaced in slots
    lib.wait_for(both, 30, interval=0.01, what="the replacement worker to serve a request")


@test
def certificate_reload_without_restart(srv):
    live = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        old_fp = live.peer_cert_sha256()
        live.send(lib.request_bytes("GET", "/healthz"))
        check(live.read_response().status == 200, "live connection")
        pids_before = set(srv.worker_records().values())
        subprocess.run([os.path.join(srv_root(), "scripts", "dev-certs.sh"), srv.certs, "--new-leaf"],
                       check=True, capture_output=True)
        later = time.time() + 5
        for f in ("server.pem", "server-key.pem"):
            os.utime(os.path.join(srv.certs, f), (later, later))
        new_fp = lib.cert_sha256_from_pem(os.path.join(srv.certs, "server.pem"))
        check(new_fp != old_fp, "test did not make a new certificate")

        def fp_now():
            c = lib.Conn("127.0.0.1", srv.port, srv.ca, timeout=5)
            try:
                return c.peer_cert_sha256()
            finally:
                c.close()
        # every worker must switch: 20 new connections in a row show the new one
        def all_new():
            return all(fp_now() == new_fp for _ in range(20))
        lib.wait_for(all_new, 30, interval=0.2, what="new connections to get the new certificate")
        # the connection opened before the reload still works
        live.send(lib.request_bytes("GET", "/healthz"))
        check(live.read_response().status == 200, "live connection broken by the reload")
        check(set(srv.worker_records().values()) == pids_before, "workers restarted instead of reloading")
        st, *_ = curl_get(srv, "/")
        check(st == 200, "curl --cacert after reload")
    finally:
        live.close()


def srv_root():
    return os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def chromium_run(srv, home, args, timeout=90):
    env = dict(os.environ, HOME=home)
    base = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={os.path.join(home, 'profile')}",
            "--host-resolver-rules=MAP localhost 127.0.0.1"]
    return subprocess.run(base + args, capture_output=True, timeout=timeout, env=env, start_new_session=True)


@test
def chromium_renders_index_and_post(srv):
    if not shutil.which("chromium"):
        raise AssertionError("chromium is not installed")
    home = tempfile.mkdtemp(prefix="seraphim-chromium-")
    try:
        nss = os.path.join(home, ".pki", "nssdb")
        os.makedirs(nss)
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "seraphim-e2e-ca", "-t", "C,,", "-i", srv.ca],
                       check=True, capture_output=True)
        base = f"https://localhost:{srv.port}"
        os.makedirs(srv.outdir, exist_ok=True)
        shots = {}
        for name, path, want in (("index", "/", "Beta Post"), ("post", "/posts/alpha-post", "Heading One")):
            r = chromium_run(srv, home, ["--dump-dom", base + path])
            dom = r.stdout.decode("utf-8", "replace")
            check(want in dom, f"{path}: DOM lacks {want!r} (chromium rc {r.returncode}: {r.stderr[-400:]!r})")
            check("<title>" in dom and "site-header" in dom, f"{path}: page not rendered")
            shot = os.path.join(srv.outdir, f"seraphim-{name}.png")
            if os.path.exists(shot):
                os.remove(shot)
            r = chromium_run(srv, home, [f"--screenshot={shot}", "--window-size=1280,900", base + path])
            check(os.path.exists(shot) and os.path.getsize(shot) > 10000, f"no screenshot for {path}: {r.stderr[-300:]!r}")
            with open(shot, "rb") as fh:
                check(fh.read(8) == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG")
            shots[name] = shot
        srv.screenshots = shots
    finally:
        shutil.rmtree(home, ignore_errors=True)


CLF = re.compile(r'^(\S+) - - \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} \+0000\] '
                 r'"((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$')


@test
def access_log_one_shared_file_whole_lines(srv):
    # 200 requests, each on its own connection, from 20 clients at once, so
    # every worker writes to the log concurrently; each request carries a
    # unique tag and a long Referer, so a line torn or interleaved with
    # another worker's would not match the Combined Log Format or its tag
    run = os.getpid()
    clients, per_client = 20, 10
    pad = "p" * 1500
    served_by = set()
    errors = []
    lock = threading.Lock()

    def one(ci):
        try:
            for j in range(per_client):
                tag = f"{run}-{ci}-{j}"
                c = lib.Conn("127.0.0.1", srv.port, srv.ca)
                c.send(lib.request_bytes("GET", f"/healthz?logtest={tag}",
                                         headers=[f'Referer: https://ref.example/"q"/{tag}/{pad}'], close=True))
                r = c.read_response()
                c.close()
                m = re.search(rb"worker (\d+) pid (\d+)", r.body)
                with lock:
                    if r.status != 200 or not m:
                        errors.append(f"{tag}: {r.status} {r.body[:60]!r}")
                    else:
                        served_by.add(m.group(2))
        except Exception as exc:  # noqa: BLE001
            with lock:
                errors.append(repr(exc))
    threads = [threading.Thread(target=one, args=(ci,)) for ci in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    check(not errors, f"burst errors: {errors[:3]}")
    # 200 connections spread by SO_REUSEPORT: every worker answered some
    check(len(served_by) == srv.workers, f"requests served by {len(served_by)} worker pid(s), want {srv.workers}")
    logs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(srv.account, "LOGS", "access*")))
    check(logs == ["access.log"], f"access log files: {logs} (want one shared access.log)")
    path = os.path.join(srv.account, "LOGS", "access.log")
    total = clients * per_client

    def all_logged():
        text = open(path, "rb").read().decode("utf-8", "replace")
        return text.count(f"logtest={run}-") >= total and text
    text = lib.wait_for(all_logged, 15, what=f"{total} log lines")
    check(text.endswith("\n"), "access.log does not end with a newline")
    lines = text.split("\n")[:-1]
    bad = [l for l in lines if not CLF.match(l)]
    check(not bad, f"{len(bad)} malformed (torn or interleaved) log lines, e.g. {[b[:120] for b in bad[:2]]}")
    ours = {}
    for l in lines:
        m = CLF.match(l)
        t = re.match(rf"GET /healthz\?logtest=({run}-\d+-\d+) HTTP/1\.1$", m.group(2))
        if t:
            ours.setdefault(t.group(1), []).append(m)
    want = {f"{run}-{ci}-{j}" for ci in range(clients) for j in range(per_client)}
    check(set(ours) == want, f"{len(want - set(ours))} requests missing from the log")
    check(all(len(v) == 1 for v in ours.values()), "a request was logged twice")
    for tag, (m,) in ours.items():
        check(m.group(1) == "127.0.0.1" and m.group(3) == "200"
              and m.group(5) == f'https://ref.example/\\"q\\"/{tag}/{pad}' and m.group(6) == "seraphim-e2e/1",
              f"fields of {tag}: {m.groups()[:4]}")


@test
def edits_to_posts_and_static_files_are_picked_up(srv):
    # warm every worker's caches first
    for _ in range(10):
        curl_get(srv, "/posts/gamma-post")
        curl_get(srv, "/static/style.css")
    post = os.path.join(srv.account, "POSTS", "gamma-post")
    data = open(post, "rb").read()
    open(post, "wb").write(data.replace(b"Gamma Post", b"Gamma Post, revised", 1) + b"\n\nAn added paragraph.")
    css = os.path.join(srv.account, "STATIC", "style.css")
    open(css, "ab").write(b"\n/* edited by the e2e test */\n")
    open(os.path.join(srv.account, "STATIC", "added.txt"), "wb").write(b"a new static file\n")
    want_css = open(css, "rb").read()

    def fresh():
        # several new connections, so that both workers are asked
        for _ in range(8):
            st, h, body, *_ = curl_get(srv, "/posts/gamma-post")
            if st != 200 or b"Gamma Post, revised" not in body or b"An added paragraph." not in body:
                return False
            st, h, body, *_ = curl_get(srv, "/")
            if b"Gamma Post, revised" not in body:
                return False
            st, h, body, *_ = curl_get(srv, "/static/style.css")
            if body != want_css:
                return False
            st, h, body, *_ = curl_get(srv, "/static/added.txt")
            if st != 200 or body != b"a new static file\n":
                return False
        return True
    lib.wait_for(fresh, 20, interval=0.2, what="edited post, stylesheet and new file to be served")


@test
def same_size_edit_in_the_same_second_is_picked_up(srv):
    # a post written, served, then rewritten with the same size and (when the
    # rewrite comes within 1.5 s) the same modification time: neither size nor
    # mtime changes, so SERAPHIM must compare the contents of recent files
    post = os.path.join(srv.account, "POSTS", "beta-post")
    data = open(post, "rb").read()
    check(b"Beta Post" in data, "test post lacks its title")
    with open(post, "wb") as fh:
        fh.write(data)
    first = os.stat(post).st_mtime_ns
    for _ in range(4):  # new connections: let the workers index and cache it
        st, h, body, *_ = curl_get(srv, "/posts/beta-post")
        check(st == 200 and b"Beta Post" in body, f"status {st}")
    edited = data.replace(b"Beta Post", b"Beta Pots", 1)
    check(len(edited) == len(data), "edit changed the size")
    with open(post, "wb") as fh:
        fh.write(edited)
    if time.time_ns() - first < 1_500_000_000:
        os.utime(post, ns=(first, first))  # same second, as a quick editor would

    def fresh():
        for _ in range(8):  # new connections, so both workers are asked
            st, h, body, *_ = curl_get(srv, "/posts/beta-post")
            if st != 200 or b"Beta Pots" not in body:
                return False
        return True
    try:
        lib.wait_for(fresh, 20, interval=0.2, what="same-size edit to be served")
    finally:
        with open(post, "wb") as fh:
            fh.write(data)


@test
def client_that_never_reads_does_not_stall_others(srv):
    hog = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        hog.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        req = lib.request_bytes("GET", "/static/seraphim.png")
        hog.sock.settimeout(5)
        try:
            hog.send(req * 300)  # ~9 MB of responses that will never be read
        except (socket.timeout, OSError):
            pass
        worst = 0.0
        for i in range(10):
            t0 = time.monotonic()
            st, h, body, err, rc = curl_get(srv, "/healthz")
            worst = max(worst, time.monotonic() - t0)
            check(st == 200, f"request {i} failed while a client refuses to read: {st} {err}")
        # the hog can hold one worker for at most its 2 s write timeout
        # (no write-readiness in SELECT.SOCKET); the bound leaves room for load
        check(worst < 6.0, f"a request took {worst:.2f}s while a client refused to read")
    finally:
        hog.close()


@test
def control_record_change_applies_without_restart(srv):
    pids = set(srv.worker_records().values())
    srv.write_control({10: "Renamed Journal"})

    def renamed():
        for _ in range(8):  # new connections, so both workers are asked
            st, h, body, *_ = curl_get(srv, "/")
            if st != 200 or b"<title>Renamed Journal</title>" not in body:
                return False
        return True
    lib.wait_for(renamed, 20, interval=0.2, what="the new site title from CONTROL SERAPHIM")
    check(set(srv.worker_records().values()) == pids, "workers were restarted")
