"""Starting and stopping a SERAPHIM instance for the end-to-end tests.

Each run gets a temporary copy of the account (BP and STATIC from basic/,
the test posts from tests/e2e/content, a fresh CONTROL record and LOGS),
its own development CA and certificate, and free ports. Secrets are planted
outside STATIC/POSTS so path-escape tests can prove they are never served.
"""

import glob
import os
import resource
import shutil
import signal
import subprocess
import tempfile
import time

import lib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SECRET_MARK = "TOPSECRET-seraphim-e2e-marker"
VM = b"\xfd"


def find_mvbasic():
    """The runtime: $MVBASIC, else target/release/mvbasic."""
    env = os.environ.get("MVBASIC")
    if env:
        return os.path.abspath(env)
    return os.path.join(ROOT, "target", "release", "mvbasic")


class Seraphim:
    """A SERAPHIM master + workers on free ports in a temporary account."""

    def __init__(self, outdir, workers=2, nofile=None):
        self.mvbasic = find_mvbasic()
        self.nofile = nofile  # RLIMIT_NOFILE of the master and its workers
        self.outdir = outdir
        self.tmp = tempfile.mkdtemp(prefix="seraphim-e2e-")
        self.account = os.path.join(self.tmp, "account")
        self.certs = os.path.join(self.tmp, "certs")
        self.port = lib.free_port()
        self.http_port = lib.free_port()
        self.workers = workers
        self.proc = None
        self.master_log = os.path.join(self.tmp, "master.log")
        self._build_account()

    # ---- set-up ----
    def _build_account(self):
        acc = self.account
        os.makedirs(acc)
        shutil.copytree(os.path.join(ROOT, "basic", "BP"), os.path.join(acc, "BP"))
        if os.path.isdir(os.path.join(ROOT, "basic", "SYSCOM")):
            shutil.copytree(os.path.join(ROOT, "basic", "SYSCOM"), os.path.join(acc, "SYSCOM"))
        for f in glob.glob(os.path.join(HERE, "basic", "*")):
            shutil.copy(f, os.path.join(acc, "BP", os.path.basename(f)))
        shutil.copytree(os.path.join(ROOT, "basic", "STATIC"), os.path.join(acc, "STATIC"))
        shutil.copytree(os.path.join(HERE, "content", "POSTS"), os.path.join(acc, "POSTS"))
        os.makedirs(os.path.join(acc, "LOGS"))
        os.makedirs(os.path.join(acc, "CONTROL"))
        # secrets that must never be served
        for path in (os.path.join(acc, "SECRET.TXT"), os.path.join(self.tmp, "SECRET.TXT"),
                     os.path.join(acc, "STATIC", ".hidden"), os.path.join(acc, "LOGS", "SECRET.TXT")):
            with open(path, "w") as fh:
                fh.write(SECRET_MARK + "\n")
        subprocess.run([os.path.join(ROOT, "scripts", "dev-certs.sh"), self.certs],
                       check=True, capture_output=True)
        self.ca = os.path.join(self.certs, "ca.pem")
        self.write_control()

    def write_control(self, overrides=None):
        fields = {
            1: "127.0.0.1", 2: str(self.port), 3: str(self.http_port),
            4: os.path.join(self.certs, "server.pem"), 5: os.path.join(self.certs, "server-key.pem"),
            6: str(self.workers), 7: "5", 8: "8192", 9: "65536",
            10: 'E2E <Blog> & "Co"', 11: "Test subtitle", 12: "E2E Author",
            13: "3", 14: "256", 15: "1", 16: "", 17: "REDIRECT",
        }
        fields.update(overrides or {})
        text = "\n".join(fields[i] for i in range(1, 18))
        with open(os.path.join(self.account, "CONTROL", "SERAPHIM"), "w") as fh:
            fh.write(text)

    # ---- life cycle ----
    def start(self, timeout=90):
        env = dict(os.environ, TZ="UTC")
        log = open(self.master_log, "ab")
        def limits():
            if self.nofile:
                hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
                resource.setrlimit(resource.RLIMIT_NOFILE, (self.nofile, min(hard, self.nofile)))
        self.proc = subprocess.Popen([self.mvbasic, "run", "BP/SERAPHIM"], cwd=self.account, env=env,
                                     stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True, preexec_fn=limits)
        self.wait_ready(timeout)

    def wait_ready(self, timeout=90):
        def ready():
            if self.proc.poll() is not None:
                raise RuntimeError(f"master exited with {self.proc.returncode}: {self.tail_log()}")
            if len(self.worker_records(ready_only=True)) < self.workers:
                return False
            c = lib.Conn("127.0.0.1", self.port, self.ca, timeout=3)
            try:
                c.send(lib.request_bytes("GET", "/healthz", close=True))
                return c.read_response().status == 200
            finally:
                c.close()
        lib.wait_for(ready, timeout, interval=0.1, what="SERAPHIM to serve /healthz with all workers")

    def worker_records(self, ready_only=False):
        """{slot: pid} from LOGS/SERAPHIM.W<slot>."""
        out = {}
        for path in glob.glob(os.path.join(self.account, "LOGS", "SERAPHIM.W*")):
            try:
                lines = open(path, "rb").read().split(b"\n")
            except OSError:
                continue
            if not lines or not lines[0].strip():
                continue
            if ready_only and (len(lines) < 4 or lines[3].strip() != b"READY"):
                continue
            out[int(os.path.basename(path)[len("SERAPHIM.W"):])] = int(lines[0])
        return out

    def master_pid(self):
        try:
            lines = open(os.path.join(self.account, "LOGS", "SERAPHIM.RUN"), "rb").read().split(b"\n")
            return int(lines[1])
        except (OSError, ValueError, IndexError):
            return None

    def tail_log(self, n=4000):
        text = ""
        try:
            text += open(self.master_log, "rb").read()[-n:].decode("utf-8", "replace")
        except OSError:
            pass
        for f in sorted(glob.glob(os.path.join(self.account, "$COMO", "*")))[-4:]:
            try:
                text += f"\n--- {os.path.basename(f)}\n" + open(f, "rb").read()[-n:].decode("utf-8", "replace")
            except OSError:
                pass
        return text

    def _our_pids(self):
        """Every process we may have started: master, workers, registered phantoms."""
        pids = set()
        if self.proc is not None:
            pids.add(self.proc.pid)
        mp = self.master_pid()
        if mp:
            pids.add(mp)
        pids.update(self.worker_records().values())
        for rec in glob.glob(os.path.join(self.account, "$PHANTOMS", "*")):
            try:
                pid = int(open(rec, "rb").read().split(b"\n")[0])
            except (OSError, ValueError):
                continue
            try:  # only processes running in our temporary account
                if os.path.realpath(os.readlink(f"/proc/{pid}/cwd")) == os.path.realpath(self.account):
                    pids.add(pid)
            except OSError:
                pass
        return {p for p in pids if p and lib.pid_alive(p)}

    def stop(self):
        """Stops everything this instance started; safe to call twice."""
        if self.proc is None:
            return
        env = dict(os.environ, SERAPHIM_ACCOUNT=self.account)
        try:
            subprocess.run([os.path.join(ROOT, "scripts", "stop-seraphim.sh")], env=env,
                           capture_output=True, timeout=40)
        except subprocess.TimeoutExpired:
            pass
        for sig in (signal.SIGTERM, signal.SIGKILL):
            left = self._our_pids()
            if not left:
                break
            for pid in left:
                try:
                    os.kill(pid, sig)
                except OSError:
                    pass
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and self._our_pids():
                time.sleep(0.05)
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.proc = None

    def save_logs(self):
        os.makedirs(self.outdir, exist_ok=True)
        for old in glob.glob(os.path.join(self.outdir, "access*.log")):
            os.remove(old)
        logs = [(self.master_log, "master.log")]
        logs += [(p, os.path.basename(p)) for p in glob.glob(os.path.join(self.account, "LOGS", "access*.log"))]
        for src, name in logs:
            if os.path.exists(src):
                shutil.copy(src, os.path.join(self.outdir, name))
        como = os.path.join(self.account, "$COMO")
        if os.path.isdir(como):
            dst = os.path.join(self.outdir, "como")
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(como, dst)

    def cleanup(self, keep=False):
        if not keep:
            shutil.rmtree(self.tmp, ignore_errors=True)
