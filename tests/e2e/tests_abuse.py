"""Abuse tests: many idle keep-alive connections, slow senders, oversized
heads and bodies, non-reading clients, descriptor exhaustion. Each prints
the figures it saw; none asserts a timing closer than several seconds."""

import socket
import ssl
import threading
import time

import lib
from tests_http import check

TESTS = []


def test(fn):
    TESTS.append((fn.__name__, fn))
    return fn


def keepalive_conns(srv, n):
    """n TLS connections that each had one request answered (keep-alive)."""
    conns = []
    for _ in range(n):
        c = lib.Conn("127.0.0.1", srv.port, srv.ca)
        c.send(lib.request_bytes("GET", "/healthz"))
        check(c.read_response().status == 200, "keep-alive request")
        conns.append(c)
    return conns


@test
def many_idle_keepalive_connections_close_together(srv):
    # The keep-alive timeout is 5 s. Before the fix a worker closed one
    # expired connection per second (its housekeeping FOR loop lost its
    # STEP in a GOSUB), so 40 connections over 2 workers took 20 s.
    n = 40
    conns = keepalive_conns(srv, n)
    t0 = time.monotonic()
    closed = [None] * n

    def watch(i):
        if conns[i].closed_by_server(wait=30):
            closed[i] = time.monotonic() - t0

    threads = [threading.Thread(target=watch, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in conns:
        c.close()
    times = sorted(x for x in closed if x is not None)
    print(f"    {len(times)}/{n} idle connections closed, first {times[0]:.1f}s, "
          f"last {times[-1]:.1f}s after the last request" if times else "    none closed", flush=True)
    check(len(times) == n, f"only {len(times)} of {n} idle connections were closed")
    # generous: one close per second per worker needs 20 s
    check(times[-1] - times[0] < 8, f"closes spread over {times[-1] - times[0]:.1f}s")
