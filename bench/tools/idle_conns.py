#!/usr/bin/env python3
"""Open N idle TLS connections to a server and hold them until killed.

Usage: idle_conns.py HOST PORT N [--no-request]

Each connection completes a TLS 1.3 handshake (no certificate verification:
the benchmark uses a self-signed certificate), then, unless --no-request,
sends one keep-alive "GET /small" and reads the whole response, which proves
the server has accepted and served it.  When all N are established the script
prints "ready N ..." on stdout and sleeps until it is killed (SIGTERM), so
the server's resident memory can be read meanwhile.
"""
import resource
import signal
import socket
import ssl
import sys
import time


def raise_fd_limit(n):
    """Lift RLIMIT_NOFILE so that N sockets fit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, n + 64))
    if want > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def read_response(conn):
    """Reads one HTTP/1.1 response with Content-Length; returns the status line."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            raise ConnectionError("closed before the response head")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(4096)
        if not chunk:
            raise ConnectionError("closed in the body")
        body += chunk
    return head.split(b"\r\n", 1)[0].decode("latin-1")


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    host, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    request = "--no-request" not in sys.argv[4:]
    raise_fd_limit(n)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    conns = []
    t0 = time.monotonic()
    for i in range(n):
        raw = socket.create_connection((host, port), timeout=30)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = ctx.wrap_socket(raw, server_hostname="localhost")
        if request:
            conn.sendall(b"GET /small HTTP/1.1\r\nHost: localhost\r\n\r\n")
            status = read_response(conn)
            if " 200 " not in status + " ":
                print(f"error: connection {i}: {status}", flush=True)
                return 1
        conns.append(conn)
    took = time.monotonic() - t0
    print(f"ready {len(conns)} connections ({'one request each' if request else 'handshake only'}, "
          f"{took:.2f} s to open)", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # report the cause on one line for the bench log
        print(f"error: {type(exc).__name__}: {exc}", flush=True)
        sys.exit(1)
