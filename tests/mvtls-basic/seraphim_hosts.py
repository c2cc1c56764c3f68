"""SERAPHIM run on its ScarletDME socket layer (basic/BP.SCARLETDME over the
MVTLS library), for the end-to-end tests of tests/e2e:

  ScarletSeraphim   real ScarletDME: a scratch account made with mkacct,
                    installed with scripts/scarletdme-install.sh --seraphim
  CcallSeraphim     mvbasic with CCALL argument slots 32 bits wide, the same
                    BP.SCARLETDME layer copied over BP (what CI can run)

Both present the interface of tests/e2e/server.Seraphim (port, http_port,
ca, account, start, stop...), so the e2e HTTP tests run against them as
they are.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

from harness import ROOT, TOOLS

sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
import lib  # noqa: E402
import server  # noqa: E402

E2E = os.path.join(ROOT, "tests", "e2e")


class _Base(server.Seraphim):
    """The common part: certificates, secrets, CONTROL record, free ports."""

    def __init__(self, outdir, lib_path, workers=2):
        self.mvbasic = server.find_mvbasic()
        self.outdir = outdir
        self.lib_path = os.path.abspath(lib_path)
        self.tmp = tempfile.mkdtemp(prefix="seraphim-mvtls-")
        # ScarletDME names an account after its directory: keep it unique
        self.account = tempfile.mkdtemp(prefix="srph", dir=self.tmp)
        self.certs = os.path.join(self.tmp, "certs")
        self.port = lib.free_port()
        self.http_port = lib.free_port()
        self.workers = workers
        self.proc = None
        self.master_log = os.path.join(self.tmp, "master.log")
        self._build_account()

    def _finish_account(self, static_dir):
        acc = self.account
        shutil.rmtree(os.path.join(acc, "POSTS"), ignore_errors=True)
        shutil.copytree(os.path.join(E2E, "content", "POSTS"), os.path.join(acc, "POSTS"), dirs_exist_ok=True)
        for path in (os.path.join(acc, "SECRET.TXT"), os.path.join(self.tmp, "SECRET.TXT"),
                     os.path.join(acc, static_dir, ".hidden"), os.path.join(acc, "LOGS", "SECRET.TXT")):
            with open(path, "w") as fh:
                fh.write(server.SECRET_MARK + "\n")
        if static_dir != "STATIC":
            # the e2e tests look at the static files under STATIC
            os.symlink(static_dir, os.path.join(acc, "STATIC"))
        subprocess.run([os.path.join(ROOT, "scripts", "dev-certs.sh"), self.certs], check=True, capture_output=True)
        self.ca = os.path.join(self.certs, "ca.pem")
        self.write_control()

    def _launch(self, argv, env):
        log = open(self.master_log, "ab")
        self.proc = subprocess.Popen(argv, cwd=self.account, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def cleanup(self, keep=False):
        if not keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


class ScarletSeraphim(_Base):
    """SERAPHIM on real ScarletDME."""

    def _build_account(self):
        subprocess.run([os.path.join(TOOLS, "mkacct"), self.account], check=True, stdout=subprocess.DEVNULL)
        r = subprocess.run([os.path.join(ROOT, "scripts", "scarletdme-install.sh"), self.account, "--seraphim",
                            "--lib", self.lib_path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            raise RuntimeError("scarletdme-install.sh failed:\n" + r.stdout.decode())
        self._finish_account("ASSETS")

    def start(self, timeout=90):
        self._launch(["qm", "-quiet", "RUN BP SERAPHIM"], dict(os.environ, TZ="UTC"))
        self.wait_ready(timeout)

    def stop(self):
        super().stop()
        # user slots of processes that did not log out (killed) are freed by
        # the clean-up ScarletDME's daemon runs; run it now
        subprocess.run(["qm", "-cleanup"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class CcallSeraphim(_Base):
    """SERAPHIM on mvbasic, through the same CCALL socket layer as on ScarletDME."""

    def _build_account(self):
        acc = self.account
        shutil.copytree(os.path.join(ROOT, "basic", "BP"), os.path.join(acc, "BP"), dirs_exist_ok=True)
        for f in glob.glob(os.path.join(ROOT, "basic", "BP.SCARLETDME", "*")):
            shutil.copy(f, os.path.join(acc, "BP"))
        shutil.copytree(os.path.join(ROOT, "basic", "MVTLS.BP"), os.path.join(acc, "MVTLS.BP"))
        shutil.copytree(os.path.join(ROOT, "basic", "STATIC"), os.path.join(acc, "STATIC"))
        for d in ("LOGS", "CONTROL"):
            os.makedirs(os.path.join(acc, d))
        self._finish_account("STATIC")

    def start(self, timeout=90):
        env = dict(os.environ, TZ="UTC", MVBASIC_CCALL_SLOTS="32", MVTLS_LIB=self.lib_path,
                   MVBASIC_PATH="MVTLS.BP")
        self._launch([self.mvbasic, "run", "BP/SERAPHIM"], env)
        self.wait_ready(timeout)
