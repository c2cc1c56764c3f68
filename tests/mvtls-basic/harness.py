"""Hosts, certificates, peers and the tally for tests/mvtls-basic/run.py.

A host runs BASIC programs of basic/MVTLS.TEST with the MVTLS library of
basic/MVTLS.BP: mvbasic (CCALL argument slots 32 bits wide, as upstream
64-bit ScarletDME has them) or real ScarletDME in a scratch account.
"""

import os
import re
import shutil
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOLS = os.path.join(os.path.dirname(ROOT), "shared", "tools", "scarletdme")


class SuiteError(Exception):
    """A suite could not run to the end (its checks so far still count)."""


class Tally:
    """Counts verdicts and prints each one."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print(f"PASS  {what}", flush=True)

    def fail(self, what):
        self.failed += 1
        print(f"FAIL  {what}", flush=True)

    def check(self, cond, what, detail=""):
        if cond:
            self.ok(what)
        else:
            self.fail(f"{what}: {detail}" if detail else what)

    def basic_output(self, prog, out, rc):
        """Counts the ok / not ok lines of a BASIC test program; it must end with 'done'."""
        lines = out.splitlines()
        for line in lines:
            if line.startswith("ok - "):
                self.ok(f"{prog}: {line[5:]}")
            elif line.startswith("not ok - "):
                self.fail(f"{prog}: {line[9:]}")
        if "done" not in [x.strip() for x in lines] or rc != 0:
            self.fail(f"{prog} did not finish (exit {rc}); last output:\n" + "\n".join(lines[-15:]))


def wait_for(pred, timeout, what):
    """Polls `pred` until it returns a true value; raises SuiteError after `timeout` s."""
    end = time.time() + timeout
    while time.time() < end:
        v = pred()
        if v:
            return v
        time.sleep(0.02)
    raise SuiteError(f"timed out waiting for {what}")


class Host:
    """Common part: a temp dir, the library path, program runs."""

    name = "?"

    def __init__(self, lib):
        self.lib = os.path.abspath(lib or os.path.join(ROOT, "target", "release", "libmvtls.so"))
        self.tmp = tempfile.mkdtemp(prefix="mvtls-basic-")
        self.env = dict(os.environ, MVTLS_LIB=self.lib, TZ="UTC")

    def teardown(self):
        if os.environ.get("KEEP_TMP"):
            print(f"(kept {self.tmp})")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def command(self, prog, args):
        raise NotImplementedError

    def cwd(self):
        raise NotImplementedError

    def run(self, prog, args=(), timeout=120):
        """Runs MVTLS.TEST `prog` to the end; returns (output, exit status)."""
        cmd = self.command(prog, args)
        try:
            p = subprocess.run(cmd, cwd=self.cwd(), env=self.env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode("utf-8", "replace")
            return out.replace("\r\n", "\n") + "\n(timed out)", 124
        return p.stdout.decode("utf-8", "replace").replace("\r\n", "\n"), p.returncode

    def start(self, prog, args=()):
        """Starts MVTLS.TEST `prog` in the background; returns the Popen (output to a file)."""
        log = open(os.path.join(self.tmp, f"{prog}.{time.time_ns()}.log"), "w+b")
        p = subprocess.Popen(self.command(prog, args), cwd=self.cwd(), env=self.env,
                             stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        p.log = log
        return p

    @staticmethod
    def finish(p, timeout=60):
        """Waits for a started program; returns (output, exit status)."""
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = p.wait()
        p.log.seek(0)
        out = p.log.read().decode("utf-8", "replace").replace("\r\n", "\n")
        p.log.close()
        return out, rc


class MvbasicHost(Host):
    """mvbasic, CCALL slots 32 bits wide (MVBASIC_CCALL_SLOTS=32)."""

    name = "mvbasic"

    def __init__(self, lib, mvbasic):
        super().__init__(lib)
        self.exe = os.path.abspath(mvbasic or os.path.join(ROOT, "target", "release", "mvbasic"))
        self.acct = os.path.join(self.tmp, "acct")
        self.env.update(MVBASIC_CCALL_SLOTS="32", MVBASIC_PATH="MVTLS.BP")

    def setup(self):
        os.makedirs(self.acct)
        for f in ("MVTLS.BP", "MVTLS.TEST"):
            shutil.copytree(os.path.join(ROOT, "basic", f), os.path.join(self.acct, f))

    def cwd(self):
        return self.acct

    def command(self, prog, args):
        return [self.exe, "--account", self.acct, "exec", " ".join(["RUN", "MVTLS.TEST", prog, *map(str, args)])]


class ScarletHost(Host):
    """Real ScarletDME: a scratch account made with mkacct, the library installed into it."""

    name = "scarletdme"

    def __init__(self, lib):
        super().__init__(lib)
        # account names must be unique across the machine: the dir name is the account name
        self.acct = tempfile.mkdtemp(prefix="mvtlsb", dir=self.tmp)

    def setup(self):
        if not shutil.which("qm"):
            raise SuiteError("qm not on PATH")
        subprocess.run([os.path.join(TOOLS, "mkacct"), self.acct], check=True, stdout=subprocess.DEVNULL)
        r = subprocess.run([os.path.join(ROOT, "scripts", "scarletdme-install.sh"), self.acct, "--tests"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            raise SuiteError("installing the BASIC library failed:\n" + r.stdout.decode())

    def cwd(self):
        return self.acct

    def command(self, prog, args):
        return ["qm", "-quiet", " ".join(["RUN", "MVTLS.TEST", prog, *map(str, args)])]

    def teardown(self):
        # a program killed on timeout keeps its ScarletDME user slot (10 per
        # machine) until this clean-up, which ScarletDME's daemon also runs
        subprocess.run(["qm", "-cleanup"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        super().teardown()


def make_host(kind, lib, mvbasic):
    return MvbasicHost(lib, mvbasic) if kind == "mvbasic" else ScarletHost(lib)


class Pki:
    """Certificates made with the openssl CLI: a CA, another CA, server
    certificates (good, expired, for another name, from the other CA) and a
    client certificate."""

    def __init__(self, tmp):
        self.dir = os.path.join(tmp, "pki")
        os.makedirs(self.dir)
        self.ca("ca")
        self.ca("other-ca")
        self.leaf("good", "localhost", "DNS:localhost,IP:127.0.0.1", "ca")
        self.leaf("wrongname", "wrong.test", "DNS:wrong.test", "ca")
        self.leaf("otherca", "localhost", "DNS:localhost,IP:127.0.0.1", "other-ca")
        self.leaf("expired", "localhost", "DNS:localhost,IP:127.0.0.1", "ca", expired=True)
        self.leaf("client", "basic-client", "DNS:basic-client", "ca", client=True)

    def path(self, name):
        return os.path.join(self.dir, name)

    def _ssl(self, *args):
        subprocess.run(["openssl", *args], check=True, cwd=self.dir,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ca(self, name):
        self._ssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                  "-keyout", f"{name}-key.pem", "-out", f"{name}.pem", "-days", "30", "-subj", f"/CN={name}",
                  "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")

    def leaf(self, name, cn, san, ca, expired=False, client=False):
        self._ssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                  "-keyout", f"{name}-key.pem", "-out", f"{name}.csr", "-subj", f"/CN={cn}")
        usage = "clientAuth" if client else "serverAuth"
        with open(self.path(f"{name}.ext"), "w") as f:
            f.write(f"subjectAltName={san}\nextendedKeyUsage={usage}\nbasicConstraints=CA:FALSE\n")
        if expired:
            # `openssl ca` can back-date; `x509 -req` cannot: a minimal CA database
            db = self.path(f"{name}-db")
            os.makedirs(db)
            open(os.path.join(db, "index.txt"), "w").close()
            with open(os.path.join(db, "serial"), "w") as f:
                f.write("1000\n")
            with open(self.path(f"{name}.cnf"), "w") as f:
                f.write(f"[ca]\ndefault_ca=d\n[d]\ndatabase={db}/index.txt\nserial={db}/serial\n"
                        f"new_certs_dir={db}\ndefault_md=sha256\npolicy=p\ncopy_extensions=none\n[p]\ncommonName=supplied\n")
            self._ssl("ca", "-batch", "-config", f"{name}.cnf", "-cert", f"{ca}.pem", "-keyfile", f"{ca}-key.pem",
                      "-in", f"{name}.csr", "-out", f"{name}.pem", "-startdate", "20200101000000Z",
                      "-enddate", "20210101000000Z", "-extfile", f"{name}.ext", "-notext")
        else:
            self._ssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}-key.pem",
                      "-CAcreateserial", "-out", f"{name}.pem", "-days", "30", "-extfile", f"{name}.ext")


class SServer:
    """`openssl s_server -accept 0 ...`, its port read from its ACCEPT line."""

    def __init__(self, tmp, *args):
        self.log_path = os.path.join(tmp, f"s_server.{time.time_ns()}.log")
        self.log = open(self.log_path, "w+b")
        self.p = subprocess.Popen(["openssl", "s_server", "-accept", "0", *args],
                                  stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)

        def port():
            with open(self.log_path, "rb") as f:
                m = re.search(rb"ACCEPT \S*:(\d+)\n", f.read())
            return int(m.group(1)) if m else None

        self.port = wait_for(port, 10, "openssl s_server's ACCEPT line")

    def stop(self):
        self.p.kill()
        self.p.wait()
        self.log.close()


def suites():
    import suites_core
    import suites_http
    import suites_seraphim
    import figures
    return suites_core.SUITES + suites_http.SUITES + suites_seraphim.SUITES + figures.SUITES
