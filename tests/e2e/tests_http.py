"""HTTP behaviour tests: every route through curl --cacert, keep-alive,
pipelining, concurrency, HEAD, conditional requests, error statuses and
path-escape attempts."""

import email.utils
import os
import subprocess
import time
import xml.etree.ElementTree as ET

import lib
from server import SECRET_MARK

TESTS = []


def test(fn):
    TESTS.append((fn.__name__, fn))
    return fn


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def curl_get(srv, path, extra=()):
    url = f"https://localhost:{srv.port}{path}"
    return lib.curl(["--cacert", srv.ca, "--resolve", f"localhost:{srv.port}:127.0.0.1"] + list(extra) + [url])


def raw(srv, data, head_only=False, timeout=10):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca, timeout=timeout)
    try:
        c.send(data)
        return c.read_response(head_only=head_only)
    finally:
        c.close()


def common_headers(h, body, ctype_prefix):
    check(lib.hdr(h, "content-type", "").startswith(ctype_prefix), f"Content-Type {lib.hdr(h, 'content-type')!r}")
    check(lib.hdr(h, "content-length") == str(len(body)), f"Content-Length {lib.hdr(h, 'content-length')} != {len(body)}")
    date = lib.hdr(h, "date")
    check(date is not None, "no Date header")
    parsed = email.utils.parsedate_to_datetime(date)
    check(date.endswith(" GMT") and len(date) == 29, f"Date not IMF-fixdate: {date!r}")
    check(abs(parsed.timestamp() - time.time()) < 120, f"Date far from now: {date!r}")
    check(lib.hdr(h, "strict-transport-security", "").startswith("max-age="), "no HSTS")
    check(lib.hdr(h, "x-content-type-options") == "nosniff", "no nosniff")
    csp = lib.hdr(h, "content-security-policy", "")
    check("default-src 'none'" in csp and "style-src 'self'" in csp and "img-src 'self'" in csp, f"CSP {csp!r}")


TITLES = ["Beta Post", "Alpha &lt;Post&gt; &amp; &quot;Friends&quot;", "Gamma Post"]


@test
def route_index(srv):
    st, h, body, err, rc = curl_get(srv, "/")
    check(rc == 0, f"curl failed: {err}")
    check(st == 200, f"status {st}")
    common_headers(h, body, "text/html")
    text = body.decode("utf-8")
    pos = [text.find(t) for t in TITLES]
    check(all(p > 0 for p in pos), f"titles missing: {pos}")
    check(pos == sorted(pos), "posts not newest first")
    check("E2E &lt;Blog&gt; &amp; &quot;Co&quot;" in text, "site title not escaped")
    check("Summary of alpha with &lt;b&gt;markup&lt;/b&gt;" in text, "summary not escaped")
    check('href="/static/style.css"' in text and text.startswith("<!DOCTYPE html>"), "layout")
    check(lib.hdr(h, "etag", "").startswith('"'), "no ETag")
    newest = max(os.stat(os.path.join(srv.account, "POSTS", n)).st_mtime
                 for n in os.listdir(os.path.join(srv.account, "POSTS")))
    check(lib.hdr(h, "last-modified") == email.utils.formatdate(int(newest), usegmt=True),
          f"Last-Modified {lib.hdr(h, 'last-modified')!r} is not the newest post's modification time")


@test
def route_post(srv):
    st, h, body, err, rc = curl_get(srv, "/posts/alpha-post")
    check(st == 200, f"status {st} {err}")
    common_headers(h, body, "text/html")
    mtime = os.stat(os.path.join(srv.account, "POSTS", "alpha-post")).st_mtime
    check(lib.hdr(h, "last-modified") == email.utils.formatdate(int(mtime), usegmt=True),
          f"Last-Modified {lib.hdr(h, 'last-modified')!r} is not the post's modification time")
    t = body.decode("utf-8")
    for want in ("<h1>Alpha &lt;Post&gt; &amp; &quot;Friends&quot;</h1>", "<h2>Heading One</h2>",
                 "<strong>bold text</strong>", "<em>emphasis</em>", "<code>inline &lt;code&gt;</code>",
                 '<a href="https://example.com/a?b=1&amp;c=2">safe link</a>',
                 "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "<li>first item</li>",
                 "<em>underscore em</em>", "<ol>", "<li>two</li>",
                 '<pre><code class="language-basic">CRT &quot;Hello, &lt;world&gt; &amp; all&quot;',
                 "<blockquote>", '<img src="/static/seraphim.png" alt="tiny image"', "<hr>",
                 "snake_case_name", "Grüße — ok", 'href="/tags/testing"', 'datetime="2026-01-15"'):
        check(want in t, f"post page lacks {want!r}")
    check("<script>" not in t, "unsafe HTML survived")
    check('href="javascript' not in t, "javascript: link rendered")


@test
def route_tags(srv):
    st, h, body, err, rc = curl_get(srv, "/tags/testing")
    check(st == 200, f"status {st}")
    t = body.decode()
    check("/posts/alpha-post" in t and "/posts/beta-post" in t and "/posts/gamma-post" not in t, "wrong posts for tag")
    check("2 posts" in t, "count missing")
    st, h, body, err, rc = curl_get(srv, "/tags/no-such-tag")
    check(st == 404, f"unknown tag status {st}")


@test
def route_static_files(srv):
    for name, ctype in (("style.css", "text/css"), ("seraphim.png", "image/png"), ("favicon.ico", "image/x-icon")):
        st, h, body, err, rc = curl_get(srv, f"/static/{name}")
        check(st == 200, f"{name}: status {st}")
        common_headers(h, body, ctype)
        with open(os.path.join(srv.account, "STATIC", name), "rb") as fh:
            want = fh.read()
        check(body == want, f"{name}: body differs ({len(body)} vs {len(want)} bytes)")
        mtime = os.stat(os.path.join(srv.account, "STATIC", name)).st_mtime
        check(lib.hdr(h, "last-modified") == email.utils.formatdate(int(mtime), usegmt=True),
              f"{name}: Last-Modified {lib.hdr(h, 'last-modified')!r} is not the file's modification time")
        check("max-age" in lib.hdr(h, "cache-control", ""), f"{name}: Cache-Control")


@test
def route_image_byte_identical_curl_output(srv):
    out = os.path.join(srv.tmp, "img.png")
    url = f"https://localhost:{srv.port}/static/seraphim.png"
    r = subprocess.run(["curl", "-sS", "--cacert", srv.ca, "--resolve", f"localhost:{srv.port}:127.0.0.1",
                        "-o", out, "-w", "%{http_code}", url], capture_output=True, timeout=30)
    check(r.stdout == b"200", f"status {r.stdout!r}")
    src = os.path.join(srv.account, "STATIC", "seraphim.png")
    check(lib.sha256_file(out) == lib.sha256_file(src), "image not byte-identical")
    data = open(src, "rb").read()
    check(all(bytes([b]) in data for b in (0, 10, 13, 252, 253, 254, 255)), "test image lacks the risky bytes")


@test
def route_feed(srv):
    st, h, body, err, rc = curl_get(srv, "/feed.xml")
    check(st == 200, f"status {st}")
    check(lib.hdr(h, "content-type", "").startswith("application/atom+xml"), "feed content type")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(body)
    entries = root.findall("a:entry", ns)
    check(len(entries) == 3, f"{len(entries)} entries")
    check(entries[0].find("a:title", ns).text == "Beta Post", "newest entry first")
    check(entries[1].find("a:title", ns).text == 'Alpha <Post> & "Friends"', "escaped title round trip")
    link = entries[0].find("a:link", ns).get("href")
    check(link == f"https://localhost:{srv.port}/posts/beta-post", f"entry link {link}")
    check(root.find("a:updated", ns).text == "2026-02-20T00:00:00Z", "feed updated")


@test
def route_healthz(srv):
    st, h, body, err, rc = curl_get(srv, "/healthz")
    check(st == 200 and body.startswith(b"ok\n"), f"{st} {body!r}")
    check(lib.hdr(h, "cache-control") == "no-store", "healthz cacheable")


@test
def route_404_styled(srv):
    st, h, body, err, rc = curl_get(srv, "/no/such/page")
    check(st == 404, f"status {st}")
    common_headers(h, body, "text/html")
    t = body.decode()
    check("Page not found" in t and "/static/style.css" in t and "<code>/no/such/page</code>" in t, "404 page")


@test
def redirect_port(srv):
    r = lib.curl(["http://127.0.0.1:%d/posts/beta-post?x=1" % srv.http_port, "-H", f"Host: localhost:{srv.http_port}"])
    st, h = r[0], r[1]
    check(st == 301, f"status {st} {r[3]}")
    check(lib.hdr(h, "location") == f"https://localhost:{srv.port}/posts/beta-post?x=1", f"Location {lib.hdr(h, 'location')}")


@test
def keepalive_100_requests(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    paths = ["/", "/healthz", "/posts/beta-post", "/static/style.css", "/nope"]
    try:
        for i in range(100):
            p = paths[i % len(paths)]
            c.send(lib.request_bytes("GET", p))
            r = c.read_response()
            check(r.status == (404 if p == "/nope" else 200), f"request {i} {p}: {r.status}")
            check(r.header("connection") == "keep-alive", f"request {i}: Connection {r.header('connection')}")
    finally:
        c.close()


@test
def request_arriving_byte_by_byte(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.sock.setsockopt(__import__("socket").IPPROTO_TCP, __import__("socket").TCP_NODELAY, 1)
        data = lib.request_bytes("GET", "/posts/beta-post") + lib.request_bytes("GET", "/healthz")
        for i in range(len(data)):
            c.send(data[i:i + 1])
            if i % 16 == 0:
                time.sleep(0.002)
        r1 = c.read_response()
        r2 = c.read_response()
        check(r1.status == 200 and b"<h1>Beta Post</h1>" in r1.body, f"first: {r1.status}")
        check(r2.status == 200 and r2.body.startswith(b"ok"), f"second: {r2.status}")
    finally:
        c.close()


@test
def pipelining_in_order(srv):
    paths = ["/healthz", "/", "/nope-1", "/static/style.css", "/posts/gamma-post", "/nope-2",
             "/feed.xml", "/tags/beta", "/healthz", "/nope-3"]
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(b"".join(lib.request_bytes("GET", p) for p in paths) + lib.request_bytes("HEAD", "/"))
        for p in paths:
            r = c.read_response()
            if p.startswith("/nope"):
                check(r.status == 404 and p.encode() in r.body, f"{p}: out of order or wrong ({r.status})")
            else:
                check(r.status == 200, f"{p}: {r.status}")
        r = c.read_response(head_only=True)
        check(r.status == 200, "pipelined HEAD")
    finally:
        c.close()


@test
def fifty_clients_at_once(srv):
    url = f"https://localhost:{srv.port}/"
    procs = [subprocess.Popen(["curl", "-sS", "--max-time", "30", "--cacert", srv.ca, "--resolve",
                               f"localhost:{srv.port}:127.0.0.1", "-o", "/dev/null", "-w", "%{http_code}", url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(50)]
    codes = [p.communicate(timeout=60)[0] for p in procs]
    bad = [c for c in codes if c != b"200"]
    check(not bad, f"{len(bad)} of 50 failed: {bad[:5]}")


@test
def head_requests(srv):
    st, h, body, err, rc = curl_get(srv, "/posts/beta-post", ["-I"])
    check(st == 200 and body == b"", f"HEAD {st} body {len(body)}")
    st2, h2, body2, *_ = curl_get(srv, "/posts/beta-post")
    check(lib.hdr(h, "content-length") == str(len(body2)), "HEAD Content-Length differs from GET")
    check(lib.hdr(h, "etag") == lib.hdr(h2, "etag"), "HEAD ETag differs")
    # a HEAD followed by a GET on one connection: no body may follow the HEAD
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(lib.request_bytes("HEAD", "/static/seraphim.png") + lib.request_bytes("GET", "/healthz"))
        r1 = c.read_response(head_only=True)
        r2 = c.read_response()
        check(r1.status == 200 and r2.status == 200 and r2.body.startswith(b"ok"), "HEAD sent a body")
    finally:
        c.close()


@test
def conditional_etag_304(srv):
    for path in ("/", "/posts/alpha-post", "/static/seraphim.png", "/feed.xml"):
        st, h, body, *_ = curl_get(srv, path)
        etag = lib.hdr(h, "etag")
        check(st == 200 and etag, f"{path}: no ETag")
        st, h2, body2, *_ = curl_get(srv, path, ["-H", f"If-None-Match: {etag}"])
        check(st == 304 and body2 == b"", f"{path}: If-None-Match gave {st}")
        check(lib.hdr(h2, "etag") == etag, f"{path}: 304 without the ETag")
        st, *_ = curl_get(srv, path, ["-H", 'If-None-Match: "something-else"'])
        check(st == 200, f"{path}: other ETag gave {st}")
        st, *_ = curl_get(srv, path, ["-H", f'If-None-Match: "x", W/{etag}'])
        check(st == 304, f"{path}: ETag list / weak form gave {st}")


@test
def conditional_last_modified_304(srv):
    for path in ("/", "/posts/beta-post", "/static/style.css"):
        st, h, *_ = curl_get(srv, path)
        lm = lib.hdr(h, "last-modified")
        check(st == 200 and lm, f"{path}: no Last-Modified (needs modification times from mvbasic's DIR())")
        st, h2, body2, *_ = curl_get(srv, path, ["-H", f"If-Modified-Since: {lm}"])
        check(st == 304 and body2 == b"", f"{path}: IMS=LM gave {st}")
        st, *_ = curl_get(srv, path, ["-H", "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT"])
        check(st == 200, f"{path}: old IMS gave {st}")
        st, *_ = curl_get(srv, path, ["-H", "If-Modified-Since: garbage"])
        check(st == 200, f"{path}: bad IMS gave {st}")


@test
def method_405_and_501(srv):
    for m in ("POST", "PUT", "DELETE", "PATCH"):
        st, h, body, *_ = curl_get(srv, "/", ["-X", m])
        check(st == 405, f"{m}: {st}")
        allow = lib.hdr(h, "allow", "")
        check("GET" in allow and "HEAD" in allow, f"{m}: Allow {allow!r}")
    r = raw(srv, b"BREW /pot HTTP/1.1\r\nHost: localhost\r\n\r\n")
    check(r.status == 501, f"BREW: {r.status}")
    r = raw(srv, b"OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n")
    check(r.status == 204 and "GET" in (r.header("allow") or ""), f"OPTIONS: {r.status}")


@test
def body_too_large_413(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10000000\r\n\r\n")
        r = c.read_response()
        check(r.status == 413, f"status {r.status}")
        check(c.closed_by_server(), "connection not closed after 413")
    finally:
        c.close()


@test
def headers_too_large_431(srv):
    big = b"X-Big: " + b"a" * 20000 + b"\r\n"
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(b"GET / HTTP/1.1\r\nHost: localhost\r\n" + big + b"\r\n")
        r = c.read_response()
        check(r.status == 431, f"status {r.status}")
        check(c.closed_by_server(), "connection not closed after 431")
    finally:
        c.close()
    many = b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    r = raw(srv, b"GET / HTTP/1.1\r\nHost: localhost\r\n" + many + b"\r\n")
    check(r.status == 431, f"150 headers: {r.status}")


@test
def malformed_400(srv):
    cases = [
        b"GET / HTTP/1.1\r\nHost localhost\r\n\r\n",
        b"GET / HTTP/1.1\r\n\r\n",
        b"GET /\r\n\r\n",
        b"GET  / HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\n folded: y\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"GET / HTTP/1.1\nHost: x\n\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nX: a\xfeb\r\n\r\n",
        b"\x16\x03\x01\x02\x00garbage\r\n\r\n",
        b"GET nopath HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTX/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: bad host\r\n\r\n",
    ]
    for data in cases:
        r = raw(srv, data)
        check(r.status == 400, f"{data[:40]!r}: {r.status}")
    r = raw(srv, b"GET / HTTP/2.0\r\nHost: x\r\n\r\n")
    check(r.status == 505, f"HTTP/2.0 request line: {r.status}")


@test
def connection_close_honoured(srv):
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(lib.request_bytes("GET", "/healthz", close=True))
        r = c.read_response()
        check(r.status == 200 and r.header("connection") == "close", "Connection: close not echoed")
        check(c.closed_by_server(), "server kept the connection open")
    finally:
        c.close()
    c = lib.Conn("127.0.0.1", srv.port, srv.ca)
    try:
        c.send(b"GET /healthz HTTP/1.0\r\n\r\n")
        r = c.read_response()
        check(r.status == 200 and c.closed_by_server(), "HTTP/1.0 without keep-alive not closed")
    finally:
        c.close()


ESCAPES = [
    "/static/../CONTROL/SERAPHIM", "/static/..%2fCONTROL%2fSERAPHIM", "/static/%2e%2e/SECRET.TXT",
    "/static/%2e%2e%2fSECRET.TXT", "/static/%2E%2E%2FSECRET.TXT", "/static/..%5cSECRET.TXT",
    "/static/%252e%252e%252fSECRET.TXT", "/static/....//SECRET.TXT", "/static/..", "/static/%2e%2e",
    "/posts/../CONTROL/SERAPHIM", "/posts/..%2f..%2fSECRET.TXT", "/posts/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/style.css%00.png", "/static/%00style.css",
    "/static/..%00/SECRET.TXT", "//etc/passwd", "/../../SECRET.TXT", "/static/%c0%ae%c0%ae/SECRET.TXT",
    "/static/..;/SECRET.TXT", "/static/.%2e/SECRET.TXT", "/tags/..%2f..%2fSECRET.TXT",
    "/static/.hidden", "/static/%2ehidden", "/static/SECRET.TXT", "/posts/..%2fLOGS%2fSECRET.TXT",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/..\\SECRET.TXT",
    "/static/%2fproc%2fself%2fenviron", "/posts/%2e", "/static/./style.css/", "/static/style.css/..",
]


@test
def path_escapes_never_leave_static_or_posts(srv):
    check(len(ESCAPES) >= 20, "need at least 20 variants")
    seen = {}
    for p in ESCAPES + ["http://localhost/../SECRET.TXT"]:
        r = raw(srv, f"GET {p} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode("latin-1"))
        seen[p] = r.status
        check(r.status in (400, 404), f"{p}: status {r.status}")
        for mark in (SECRET_MARK.encode(), b"root:x:0:0", b"PRIVATE KEY", b"server-key.pem", b"PATH="):
            check(mark not in r.body, f"{p}: leaked {mark!r}")
    # curl normalises dot segments unless told not to
    for p in ("/static/../SECRET.TXT", "/static/%2e%2e/%2e%2e/SECRET.TXT"):
        st, h, body, *_ = curl_get(srv, p, ["--path-as-is"])
        check(st in (400, 404) and SECRET_MARK.encode() not in body, f"curl {p}: {st}")
