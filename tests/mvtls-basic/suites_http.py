"""Suite for the HTTPS client in BASIC (MVTLS.HTTP): the scripted peer
(http_peer.py), openssl s_server, nginx and SERAPHIM on mvbasic."""

import os
import re
import shutil
import subprocess
import sys

from harness import ROOT, SServer, SuiteError, wait_for

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))


class Peer:
    """tests/mvtls-basic/http_peer.py with the good certificate."""

    def __init__(self, tmp, pki):
        self.log_path = os.path.join(tmp, "http_peer.log")
        self.log = open(self.log_path, "w+b")
        self.p = subprocess.Popen([sys.executable, os.path.join(HERE, "http_peer.py"), pki.path("good.pem"),
                                   pki.path("good-key.pem")], stdout=self.log, stderr=subprocess.STDOUT)

        def port():
            with open(self.log_path, "rb") as f:
                m = re.search(rb"PORT (\d+)\n", f.read())
            return int(m.group(1)) if m else None

        self.port = wait_for(port, 10, "http_peer.py's port")

    def stop(self):
        self.p.kill()
        self.p.wait()
        self.log.close()


class Nginx:
    """nginx in the foreground on two ports: plain TLS, and TLS requiring a
    client certificate from the test CA. Serves index.html, big.bin (1 MiB)
    and /old (301 to /index.html)."""

    def __init__(self, tmp, pki):
        exe = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.access(exe, os.X_OK):
            raise SuiteError("nginx is not installed (make test installs it)")
        d = os.path.join(tmp, "nginx")
        www = os.path.join(d, "www")
        os.makedirs(www)
        with open(os.path.join(www, "index.html"), "w") as f:
            f.write("<html><body>nginx test page</body></html>\n")
        with open(os.path.join(www, "big.bin"), "wb") as f:
            f.write(bytes(i % 251 for i in range(1 << 20)))
        from lib import free_port
        self.port, self.mtls_port = free_port(), free_port()
        cert, key, ca = pki.path("good.pem"), pki.path("good-key.pem"), pki.path("ca.pem")
        conf = os.path.join(d, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"""daemon off; master_process off; worker_processes 1; pid {d}/nginx.pid;
error_log {d}/error.log; user root;
events {{ worker_connections 64; }}
http {{
  access_log off; client_body_temp_path {d}/body; proxy_temp_path {d}/proxy;
  fastcgi_temp_path {d}/fcgi; uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;
  default_type text/html; keepalive_timeout 30;
  server {{ listen 127.0.0.1:{self.port} ssl; server_name localhost;
    ssl_certificate {cert}; ssl_certificate_key {key}; root {www};
    location = /old {{ return 301 /index.html; }} }}
  server {{ listen 127.0.0.1:{self.mtls_port} ssl; server_name localhost;
    ssl_certificate {cert}; ssl_certificate_key {key}; root {www};
    ssl_client_certificate {ca}; ssl_verify_client on; }}
}}
""")
        self.p = subprocess.Popen([exe, "-c", conf, "-p", d], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)

        def up():
            if self.p.poll() is not None:
                raise SuiteError("nginx exited: " + open(os.path.join(d, "error.log")).read()[-500:])
            r = subprocess.run(["curl", "-s", "--cacert", ca, "-o", "/dev/null", "-w", "%{http_code}",
                                f"https://localhost:{self.port}/index.html"], stdout=subprocess.PIPE)
            return r.stdout == b"200"

        wait_for(up, 20, "nginx to serve")

    def stop(self):
        self.p.kill()
        self.p.wait()


def http(h, pki, t):
    started = []
    try:
        peer = Peer(h.tmp, pki)
        started.append(peer)
        p = pki.path
        wrong = SServer(h.tmp, "-cert", p("wrongname.pem"), "-key", p("wrongname-key.pem"), "-www")
        started.append(wrong)
        expired = SServer(h.tmp, "-cert", p("expired.pem"), "-key", p("expired-key.pem"), "-www")
        started.append(expired)
        nginx = Nginx(h.tmp, pki)
        started.append(nginx)
        seraphim = ["-", "-", "-"]
        mvbasic = os.path.join(ROOT, "target", "release", "mvbasic")
        if os.access(mvbasic, os.X_OK):
            import server as e2e_server
            s = e2e_server.Seraphim(os.path.join(h.tmp, "seraphim-out"), workers=1)
            started.append(s)
            s.start()
            seraphim = [s.port, s.http_port, s.ca]
        else:
            t.fail("SERAPHIM not started: build target/release/mvbasic")
        out, rc = h.run("T.HTTP", [peer.port, p("ca.pem"), p("other-ca.pem"), wrong.port, expired.port,
                                   nginx.port, nginx.mtls_port, p("client.pem"), p("client-key.pem"), *seraphim],
                        timeout=300)
        t.basic_output("T.HTTP", out, rc)
    finally:
        for s in reversed(started):
            s.stop()


SUITES = [("http", http)]
