#!/usr/bin/env python3
"""A TLS HTTP/1.1 server with scripted misbehaviour, for the HTTPS client tests.

  http_peer.py CERT KEY     prints "PORT <n>" once listening, serves until killed

Each connection has a serial number (/conn answers it, so a client can tell
whether it reused a connection). Paths:
  /hello              200, Content-Length, keep-alive
  /conn               the connection's serial number
  /echo               the method, request headers (lower-case names) and body
  /chunked            chunked body with chunk extensions and a trailer
  /big                1 MiB (byte i = i % 251), Content-Length
  /big-chunked        the same body in 16 KiB chunks
  /eof                HTTP/1.0 body ended by closing the connection
  /close              200 with Connection: close
  /interim            a 100 Continue response first, then 200
  /truncated          Content-Length 1000, 500 bytes, then close
  /truncated-chunked  one chunk, then close
  /bad-chunk          chunk size that is not hex
  /garbage            not an HTTP response at all
  /slow               the head, then nothing for 10 s
  /drip               200 with 100 body bytes sent one every 150 ms
  /redirect/N         302 to /redirect/N-1; /redirect/0 is 200
  /loop               302 to itself
  /see-other          303 to /echo
  /temporary          307 to /echo
  /permanent          301 to /echo
  /relative/a/b       302 to ../c?x=1 (resolved against /relative/a/b)
  /other-host         302 to https://127.0.0.1:<port>/echo (a different host name)
  /to-http            302 to http://localhost:<port>/hello (a downgrade)
  /head-length        Content-Length 5 on every method (HEAD gets no body)
"""

import socket
import ssl
import sys
import threading
import time

BIG = bytes(i % 251 for i in range(1 << 20))
counter = [0]
lock = threading.Lock()


def read_request(conn, buf):
    while b"\r\n\r\n" not in buf:
        d = conn.recv(65536)
        if not d:
            return None, b""
        buf += d
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = []
    for line in lines[1:]:
        n, v = line.split(":", 1)
        headers.append((n.strip().lower(), v.strip()))
    length = int(dict(headers).get("content-length", "0"))
    while len(rest) < length:
        d = conn.recv(65536)
        if not d:
            break
        rest += d
    return (method, target, headers, rest[:length]), rest[length:]


def respond(conn, code, body=b"", headers=(), reason="OK"):
    h = f"HTTP/1.1 {code} {reason}\r\nContent-Length: {len(body)}\r\n"
    for n, v in headers:
        h += f"{n}: {v}\r\n"
    conn.sendall(h.encode() + b"\r\n" + body)


def serve(conn, serial, port):
    buf = b""
    while True:
        req, buf = read_request(conn, buf)
        if req is None:
            return
        method, target, headers, body = req
        p = target.split("?")[0]
        if p == "/hello":
            respond(conn, 200, b"hello\n", [("Content-Type", "text/plain")])
        elif p == "/conn":
            respond(conn, 200, str(serial).encode())
        elif p == "/echo":
            out = f"{method} {target}\n" + "".join(f"{n}: {v}\n" for n, v in headers) + "\n"
            respond(conn, 200, out.encode() + body)
        elif p == "/chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n"
                         b"5;ext=1\r\nhello\r\n1\r\n,\r\n7\r\n world\n\r\n0\r\nX-T: done\r\n\r\n")
        elif p == "/big":
            respond(conn, 200, BIG)
        elif p == "/big-chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            for i in range(0, len(BIG), 16384):
                piece = BIG[i:i + 16384]
                conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            conn.sendall(b"0\r\n\r\n")
        elif p == "/eof":
            conn.sendall(b"HTTP/1.0 200 OK\r\n\r\nuntil the end")
            return
        elif p == "/close":
            respond(conn, 200, b"bye\n", [("Connection", "close")])
            return
        elif p == "/interim":
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            respond(conn, 200, b"after 100\n")
        elif p == "/truncated":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 500)
            return
        elif p == "/truncated-chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n")
            return
        elif p == "/bad-chunk":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
            return
        elif p == "/garbage":
            conn.sendall(b"HELLO THERE\r\n\r\n")
            return
        elif p == "/slow":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
            time.sleep(10)
            return
        elif p == "/drip":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
            for _ in range(100):
                time.sleep(0.15)
                conn.sendall(b"d")
        elif p.startswith("/redirect/"):
            n = int(p.rsplit("/", 1)[1])
            if n == 0:
                respond(conn, 200, b"landed\n")
            else:
                respond(conn, 302, b"", [("Location", f"/redirect/{n - 1}")], "Found")
        elif p == "/loop":
            respond(conn, 302, b"", [("Location", "/loop")], "Found")
        elif p == "/see-other":
            respond(conn, 303, b"", [("Location", "/echo")], "See Other")
        elif p == "/temporary":
            respond(conn, 307, b"", [("Location", "/echo")], "Temporary Redirect")
        elif p == "/permanent":
            respond(conn, 301, b"", [("Location", "/echo")], "Moved Permanently")
        elif p.startswith("/relative/"):
            if p == "/relative/c":
                respond(conn, 200, target.encode())
            else:
                respond(conn, 302, b"", [("Location", "../c?x=1")], "Found")
        elif p == "/other-host":
            respond(conn, 302, b"", [("Location", f"https://127.0.0.1:{port}/echo")], "Found")
        elif p == "/to-http":
            respond(conn, 302, b"", [("Location", f"http://localhost:{port}/hello")], "Found")
        elif p == "/head-length":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + (b"" if method == "HEAD" else b"12345"))
        else:
            respond(conn, 404, b"no such path\n", reason="Not Found")


def main():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[1], sys.argv[2])
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]
    print(f"PORT {port}", flush=True)
    while True:
        raw, _ = srv.accept()
        with lock:
            counter[0] += 1
            serial = counter[0]

        def run(raw=raw, serial=serial):
            try:
                with ctx.wrap_socket(raw, server_side=True) as conn:
                    serve(conn, serial, port)
            except (OSError, ssl.SSLError, ValueError):
                pass

        threading.Thread(target=run, daemon=True).start()


if __name__ == "__main__":
    main()
