"""Helpers for the SERAPHIM end-to-end tests (Python 3 stdlib only).

Raw HTTP/1.1 over TLS (trusting only the test CA), curl wrappers, a response
reader that understands Content-Length framing, and small polling helpers
(readiness checks instead of fixed sleeps).
"""

import hashlib
import os
import socket
import ssl
import subprocess
import time


class Response:
    """One HTTP response read from a socket."""

    def __init__(self, status, reason, headers, body, raw_head):
        self.status = status
        self.reason = reason
        self.headers = headers  # list of (lower-case name, value)
        self.body = body
        self.raw_head = raw_head

    def header(self, name, default=None):
        name = name.lower()
        for k, v in self.headers:
            if k == name:
                return v
        return default

    def header_all(self, name):
        name = name.lower()
        return [v for k, v in self.headers if k == name]

    def __repr__(self):
        return f"<Response {self.status} {self.reason} {len(self.body)} bytes>"


class Conn:
    """A client connection (TLS by default) with a receive buffer."""

    def __init__(self, host, port, ca=None, tls=True, timeout=10.0, server_name="localhost"):
        raw = socket.create_connection((host, port), timeout=timeout)
        if tls:
            ctx = ssl.create_default_context(cafile=ca)
            ctx.set_alpn_protocols(["http/1.1"])
            self.sock = ctx.wrap_socket(raw, server_hostname=server_name)
        else:
            self.sock = raw
        self.sock.settimeout(timeout)
        self.buf = b""

    def send(self, data):
        self.sock.sendall(data)

    def peer_cert_sha256(self):
        der = self.sock.getpeercert(binary_form=True)
        return hashlib.sha256(der).hexdigest()

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError("connection closed by server")
        self.buf += chunk

    def read_response(self, head_only=False):
        """Reads one response; head_only for HEAD requests (no body)."""
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        parts = lines[0].decode("latin-1").split(" ", 2)
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else ""
        headers = []
        for line in lines[1:]:
            k, _, v = line.decode("latin-1").partition(":")
            headers.append((k.strip().lower(), v.strip()))
        length = 0
        if not head_only and status not in (204, 304) and not 100 <= status < 200:
            cl = [v for k, v in headers if k == "content-length"]
            if not cl:
                raise ValueError("response without Content-Length")
            length = int(cl[0])
        while len(self.buf) < length:
            self._fill()
        body, self.buf = self.buf[:length], self.buf[length:]
        return Response(status, reason, headers, body, head)

    def closed_by_server(self, wait=5.0):
        """True if the server closes the connection (EOF or reset) in time."""
        self.sock.settimeout(wait)
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
                self.buf += chunk
        except (ConnectionResetError, ssl.SSLError, EOFError, BrokenPipeError):
            return True
        except socket.timeout:
            return False
        except OSError:
            return True

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def request_bytes(method, path, host="localhost", headers=(), body=b"", close=False):
    """A well-formed HTTP/1.1 request."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "User-Agent: seraphim-e2e/1"]
    lines += list(headers)
    if body:
        lines.append(f"Content-Length: {len(body)}")
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def curl(args, timeout=30):
    """Runs curl; returns (status, headers dict-list, body bytes, stderr)."""
    head = [] if "-I" in args else ["-D", "-"]  # -I already writes the head to stdout
    out = subprocess.run(["curl", "-sS", "--max-time", str(timeout)] + head + args,
                         capture_output=True, timeout=timeout + 5)
    data = out.stdout
    status, headers = None, []
    # curl -D - writes the head(s) before the body; take the last head
    while data.startswith(b"HTTP/"):
        head, sep, rest = data.partition(b"\r\n\r\n")
        if not sep:
            break
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        headers = []
        for line in lines[1:]:
            k, _, v = line.decode("latin-1").partition(":")
            headers.append((k.strip().lower(), v.strip()))
        data = rest
    return status, headers, data, out.stderr.decode("utf-8", "replace"), out.returncode


def hdr(headers, name, default=None):
    name = name.lower()
    for k, v in headers:
        if k == name:
            return v
    return default


def wait_for(predicate, timeout, interval=0.05, what="condition"):
    """Polls predicate() until it returns a truthy value; returns it."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # noqa: BLE001 - polling tolerates failures
            last_exc = exc
        time.sleep(interval)
    raise TimeoutError(f"timed out waiting for {what}" + (f" (last error: {last_exc})" if last_exc else ""))


_held_ports = []  # lock files of the ports this process reserved
_next_port = [0]


def free_port():
    """A TCP port for a test server, never handed out twice while this
    process lives: below the kernel's ephemeral range (so no outgoing
    connection takes it) and reserved with an flock on
    $TMPDIR/mvbasic-test-ports/<port>, shared with the Rust tests, so no
    other test process draws it either."""
    import fcntl
    import tempfile

    with open("/proc/sys/net/ipv4/ip_local_port_range") as fh:
        high = min(int(fh.read().split()[0]), 32768)
    low = max(high - 12000, 10000)
    span = high - low
    folder = os.path.join(tempfile.gettempdir(), "mvbasic-test-ports")
    os.makedirs(folder, exist_ok=True)
    start = (os.getpid() * 7) % span
    for _ in range(span):
        port = low + (start + _next_port[0]) % span
        _next_port[0] += 1
        lock = open(os.path.join(folder, str(port)), "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            continue
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                lock.close()
                continue
        _held_ports.append(lock)
        return port
    raise RuntimeError(f"no free test port in {low}..{high}")


def pid_alive(pid):
    try:
        with open(f"/proc/{int(pid)}/stat", "rb") as fh:
            stat = fh.read()
    except (OSError, ValueError):
        return False
    state = stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3]
    return state not in (b"Z", b"X", b"")


def sha256_file(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def cert_sha256_from_pem(path):
    """SHA-256 of the first certificate in a PEM file (DER form)."""
    pem = open(path, encoding="ascii").read()
    start = pem.index("-----BEGIN CERTIFICATE-----")
    end = pem.index("-----END CERTIFICATE-----", start) + len("-----END CERTIFICATE-----")
    der = ssl.PEM_cert_to_DER_cert(pem[start:end])
    return hashlib.sha256(der).hexdigest()
