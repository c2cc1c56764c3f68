"""Abusive clients for the soak (one process each): slow TLS senders
(slowloris), silent TCP clients, and the abusive mix of the long soak.
Every attacker reconnects when the server drops it, so the pressure stays
on for the whole phase."""

import asyncio
import os
import random
import ssl

HOST = "127.0.0.1"


def tls_context(ca):
    ctx = ssl.create_default_context(cafile=ca)
    ctx.set_alpn_protocols(["http/1.1"])
    return ctx


async def _close(writer):
    try:
        writer.close()
        await asyncio.wait_for(writer.wait_closed(), 2)
    except Exception:  # noqa: BLE001 - the peer may be gone already
        pass


async def slow_tls(port, ctx, stop, stats, interval=3.0):
    """Handshakes, then sends a never-ending head one byte every
    `interval` seconds; reconnects when cut off."""
    head = b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 100000
    while not stop.is_set():
        writer = None
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(HOST, port, ssl=ctx, server_hostname="localhost"), 10)
            stats["connected"] += 1
            for b in head:
                writer.write(bytes([b]))
                await writer.drain()
                try:
                    data = await asyncio.wait_for(reader.read(4096), interval)
                    if not data:
                        break
                    stats["answered"] += 1  # 408 or similar, then closed
                except asyncio.TimeoutError:
                    pass
                if stop.is_set():
                    break
            stats["cut"] += 1
        except Exception:  # noqa: BLE001
            stats["failed"] += 1
            await asyncio.sleep(0.2)
        finally:
            if writer is not None:
                await _close(writer)
                stats["connected"] -= 1


def silent_flood(port, n, stop, connected, stats):
    """n TCP connections that never send a byte, each reopened as soon as
    the server drops it, until `stop` is set; one epoll loop. (asyncio
    streams cost so much CPU per connection that on a loaded machine 3,000
    of them reconnected too slowly to keep the server's queues full.)"""
    import selectors
    import socket
    sel = selectors.DefaultSelector()

    def open_one():
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.connect_ex((HOST, port))
        sel.register(s, selectors.EVENT_WRITE, False)

    for _ in range(n):
        open_one()
    up = 0
    while not stop.is_set():
        for key, _ in sel.select(0.25):
            s, was_up = key.fileobj, key.data
            if not was_up:
                if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                    sel.modify(s, selectors.EVENT_READ, True)
                    up += 1
                    continue
                stats["failed"] += 1
            else:
                try:
                    if s.recv(1024):
                        continue
                except BlockingIOError:
                    continue
                except OSError:
                    pass
                stats["cut"] += 1
                up -= 1
            sel.unregister(s)
            s.close()
            open_one()
        connected.value = up
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    sel.close()


async def _status_of(reader, timeout):
    """The status code of the first response line, or None."""
    try:
        line = await asyncio.wait_for(reader.readline(), timeout)
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith(b"HTTP/"):
            return int(parts[1])
    except Exception:  # noqa: BLE001
        pass
    return None


async def abuse_once(kind, port, ctx, stats):
    """One abusive exchange of the mixed soak."""
    writer = None
    try:
        if kind in ("silent", "tls-garbage", "plain-on-tls"):
            reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 10)
            if kind == "silent":
                await asyncio.sleep(random.uniform(0.5, 2.0))
            elif kind == "tls-garbage":
                writer.write(b"\x16\x03\x01\x00\x05" + os.urandom(2000))
            else:
                writer.write(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            await asyncio.sleep(0.1)
            return
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(HOST, port, ssl=ctx, server_hostname="localhost"), 10)
        if kind == "slowloris":
            writer.write(b"GET / HTTP/1.1\r\nHost: loc")
            await asyncio.sleep(random.uniform(0.5, 2.0))
        elif kind == "garbage":
            writer.write(os.urandom(3000))
            await writer.drain()
            await _status_of(reader, 3)
        elif kind == "big-head":
            writer.write(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"b" * 150000 + b"\r\n\r\n")
            st = await _status_of(reader, 5)
            stats["big-head " + str(st)] += 1
        elif kind == "big-body":
            writer.write(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 200000)
            st = await _status_of(reader, 5)
            stats["big-body " + str(st)] += 1
        elif kind == "no-read":
            req = b"GET /static/seraphim.png HTTP/1.1\r\nHost: localhost\r\n\r\n"
            writer.write(req * 40)
            await asyncio.sleep(random.uniform(1.0, 3.0))
        elif kind == "mid-disconnect":
            writer.write(b"GET /posts/alpha-post HTTP/1.1\r\nHost: loc")
            await asyncio.sleep(0.05)
    except Exception:  # noqa: BLE001
        stats["abuse-errors"] += 1
    finally:
        if writer is not None:
            writer.transport.abort() if kind in ("no-read", "mid-disconnect") else await _close(writer)


ABUSE_KINDS = ["slowloris", "garbage", "big-head", "big-body", "no-read", "mid-disconnect",
               "silent", "tls-garbage", "plain-on-tls"]
