"""Suites for the MVTLS BASIC library itself: loading and bad input, the
event-loop functions (MVTLS.POLL.EVENTS, MVTLS.WRITE.SOME), a TLS client
against openssl s_server, a TLS server for curl and openssl s_client."""

import hashlib
import os
import subprocess
import zlib

from harness import SServer, SuiteError, wait_for


def basics(h, pki, t):
    big = os.path.join(h.tmp, "big.bin")
    data = os.urandom(70000)
    with open(big, "wb") as f:
        f.write(data)
    out, rc = h.run("T.BASICS", [h.lib, big, zlib.crc32(data)])
    t.basic_output("T.BASICS", out, rc)


def events(h, pki, t):
    out, rc = h.run("T.EVENTS", [h.lib])
    t.basic_output("T.EVENTS", out, rc)


def client(h, pki, t):
    p = pki.path
    servers = []
    try:
        def www(leaf, *extra):
            s = SServer(h.tmp, "-cert", p(f"{leaf}.pem"), "-key", p(f"{leaf}-key.pem"), "-www", *extra)
            servers.append(s)
            return s.port

        ports = [www("good"), www("expired"), www("wrongname"), www("otherca"),
                 www("good", "-Verify", "1", "-CAfile", p("ca.pem"))]
        out, rc = h.run("T.CLIENT", [p("ca.pem"), *ports, p("client.pem"), p("client-key.pem")])
        t.basic_output("T.CLIENT", out, rc)
    finally:
        for s in servers:
            s.stop()


def curl(*args, timeout=30):
    r = subprocess.run(["curl", "-sS", "--max-time", "20", *args], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def server(h, pki, t):
    port_file = os.path.join(h.tmp, "server.port")
    send_file = os.path.join(h.tmp, "send.bin")
    body = os.urandom(70000)
    with open(send_file, "wb") as f:
        f.write(body)
    prog = h.start("T.SERVER", [pki.path("good.pem"), pki.path("good-key.pem"), port_file, send_file])
    try:
        port = wait_for(lambda: os.path.exists(port_file) and open(port_file).read().strip(), 30,
                        "T.SERVER's port file")
        base = f"https://localhost:{port}"
        ca = ["--cacert", pki.path("ca.pem")]
        rc, out, err = curl(*ca, base + "/small")
        t.check(rc == 0 and out == b"hello\n", "curl /small over a new connection", f"{rc} {out[:40]!r} {err}")
        big = b"0123456789abcdef" * 4096
        rc, out, err = curl(*ca, base + "/big", base + "/small", base + "/big")
        t.check(rc == 0 and out == big + b"hello\n" + big, "curl: 3 requests on one keep-alive connection",
                f"{rc} {len(out)} {err}")
        every = bytes(range(256)) * 4
        rc, out, err = curl(*ca, base + "/bytes")
        t.check(rc == 0 and out == every, "every byte value in a response body", f"{rc} {len(out)}")
        rc, out, err = curl(*ca, base + "/file")
        t.check(rc == 0 and hashlib.sha256(out).digest() == hashlib.sha256(body).digest(),
                "a 70,000-byte file sent by the library", f"{rc} {len(out)} {err}")
        rc, out, err = curl(*ca, "--tlsv1.2", "--tls-max", "1.2", "-w", "%{ssl_verify_result}", base + "/small")
        t.check(rc == 0 and out == b"hello\n0", "TLS 1.2 client", f"{rc} {out!r} {err}")
        # two clients at once: one connected first and silent, the other served meanwhile
        silent = subprocess.Popen(["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-quiet"],
                                  stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            rc, out, err = curl(*ca, base + "/small")
            t.check(rc == 0 and out == b"hello\n", "a silent client does not hold up another", f"{rc} {err}")
            # pipelined: two requests in one write
            silent.stdin.write(b"GET /small HTTP/1.1\r\nHost: x\r\n\r\nGET /small HTTP/1.1\r\nHost: x\r\n"
                               b"Connection: close\r\n\r\n")
            silent.stdin.flush()
            silent.stdin.close()
            t.check(silent.wait(timeout=20) == 0, "pipelined requests answered and closed")
        finally:
            if silent.poll() is None:
                silent.kill()
                silent.wait()
        rc, out, err = curl("--cacert", pki.path("other-ca.pem"), base + "/small")
        t.check(rc != 0, "curl with the wrong CA refuses the server", f"{rc}")
        rc, out, err = curl(*ca, base + "/quit")
        t.check(rc == 0 and out == b"bye\n", "/quit", f"{rc} {out!r} {err}")
    except SuiteError:
        prog.kill()
        raise
    out, rc = h.finish(prog)
    served = [x for x in out.splitlines() if x.startswith("served ")]
    t.check(rc == 0 and served and not any(x.startswith(("write", "poll failed")) for x in out.splitlines()),
            "T.SERVER ended cleanly", out[-800:])


SUITES = [("basics", basics), ("events", events), ("client", client), ("server", server)]
