"""Well-behaved clients for the soak: the probe (a normal visitor making
one request per new TLS connection, blocking sockets, in its own process
so the attackers' event loop never delays it) and the asyncio keep-alive
sessions of the mixed soak."""

import asyncio
import socket
import ssl
import time

HOST = "127.0.0.1"
PATHS = ["/", "/posts/alpha-post", "/static/style.css", "/healthz", "/feed.xml", "/tags/testing"]


def _read_response(sock):
    """(status, body) of one Content-Length-framed response."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("closed before the head")
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("closed inside the body")
        rest += chunk
    return status, rest[:length]


def probe(port, ca, seconds, max_requests, queue, pause=0.05):
    """Sequential requests, each on a new TLS connection, for `seconds`;
    puts a list of (ok, latency_s, detail) on `queue`."""
    ctx = ssl.create_default_context(cafile=ca)
    out = []
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end and len(out) < max_requests:
        path = PATHS[i % 2]
        i += 1
        t0 = time.monotonic()
        try:
            raw = socket.create_connection((HOST, port), timeout=10)
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                s.settimeout(10)
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
                status, _ = _read_response(s)
            out.append((status == 200, time.monotonic() - t0, str(status)))
        except Exception as exc:  # noqa: BLE001
            out.append((False, time.monotonic() - t0, type(exc).__name__))
        time.sleep(pause)
    queue.put(out)


async def _read_response_async(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v)
    body = await reader.readexactly(length)
    return status, body


async def good_session(port, ctx, stats, requests, latencies):
    """A keep-alive session of `requests` requests. A reused connection the
    server closed before answering is retried once on a new one (as
    browsers and curl do); anything else that is not a 200 is an error."""
    reader = writer = None
    done = 0
    reused = False
    try:
        while done < requests:
            if writer is None:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(HOST, port, ssl=ctx, server_hostname="localhost"), 10)
                reused = False
            path = PATHS[(done + id(stats)) % len(PATHS)]
            t0 = time.monotonic()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
            try:
                status, _ = await asyncio.wait_for(_read_response_async(reader), 10)
            except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError) as exc:
                if reused and (not isinstance(exc, asyncio.IncompleteReadError) or not exc.partial):
                    stats["good-retries"] += 1
                    writer.transport.abort()
                    writer = None
                    continue
                raise
            latencies.append(time.monotonic() - t0)
            stats["good-requests"] += 1
            if status != 200:
                stats["good-errors"] += 1
                stats[f"good-status {status}"] += 1
            done += 1
            reused = True
    except Exception as exc:  # noqa: BLE001
        stats["good-errors"] += 1
        stats[f"good-error {type(exc).__name__}"] += 1
    finally:
        if writer is not None:
            writer.transport.abort()
