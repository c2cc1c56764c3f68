"""Runs batches of programs on real ScarletDME and on mvbasic.

One scratch ScarletDME account per worker (made once with the shared
``mkacct``), programs written into its ``BP``, compiled with one
``BASIC BP T1 T2 ...`` call and run one by one with ``RUN BP Tn`` (stdin
from /dev/null). mvbasic runs each program from a plain directory file
``BP`` in its own account directory. Outputs are split into case lines.
With an sdcache.SdCache, a program whose ScarletDME result is stored is not
given to ScarletDME at all (the account is made only when one is needed).
"""

import os
import re
import shutil
import signal
import subprocess
import time
import zlib

MKACCT = "/work/shared/tools/scarletdme/mkacct"
RUN_LIMIT = 30  # seconds per program run
SD_ERR = re.compile(rb"^[0-9A-F]{8}: (.*?) at line (\d+) of ")
CASE_LINE = re.compile(rb"^(C\d+):(.*)$")


def have_qm():
    return shutil.which("qm") is not None


def run(cmd, cwd, timeout=RUN_LIMIT):
    """(exit status or None on timeout, stdout, stderr); kills the whole
    process group on timeout (qm ignores SIGTERM on a closed stdin)."""
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        return None, out, err


class Result:
    """One program's outcome on one side: its case lines and how it ended."""

    def __init__(self, cases, error=None, done=False, raw=b""):
        self.cases = cases  # case id -> value bytes, in output order
        self.error = error  # run-time / compile error text, timeout, or None
        self.done = done    # printed the final "done"
        self.raw = raw


def sd_complete(rc, out, err):
    """Whether a ScarletDME run may be cached: qm exited normally (not killed
    at the time limit), said nothing on stderr, was not turned away by the
    licence's user limit, and the program either printed its final "done" or
    stopped with a ScarletDME run-time error message."""
    if rc != 0 or err or b"User limit reached" in out:
        return False
    res = parse(out)
    return res.done or res.error is not None


def parse(out, error=None):
    cases = {}
    done = False
    for line in out.split(b"\n"):
        line = line[:-1] if line.endswith(b"\r") else line
        m = CASE_LINE.match(line)
        if m:
            cases[m.group(1).decode()] = m.group(2)
        elif line == b"done":
            done = True
        elif error is None:
            e = SD_ERR.match(line)
            if e:
                error = "run-time error at line %s: %s" % (e.group(2).decode(), e.group(1).decode(errors="replace"))
    return Result(cases, error, done, out)


class Worker:
    """A ScarletDME scratch account plus an mvbasic account."""

    def __init__(self, root, mvbasic, cache=None):
        self.root = os.path.abspath(root)
        # ScarletDME registers each account under its directory's name: make it unique
        tag = "%08x" % (zlib.crc32(self.root.encode()) & 0xFFFFFFFF)
        self.sd = os.path.join(self.root, "DT" + tag)
        self.mv = os.path.join(self.root, "mv")
        self.mvbasic = os.path.abspath(mvbasic)
        self.cache = cache
        self.cache_hits = 0  # ScarletDME results taken from the cache
        os.makedirs(os.path.join(self.mv, "BP"), exist_ok=True)

    def _account(self):
        """Makes the ScarletDME scratch account the first time it is needed."""
        if not os.path.isdir(os.path.join(self.sd, "VOC")):
            os.makedirs(self.root, exist_ok=True)
            for _ in range(10):  # the user limit may be reached for a moment
                if subprocess.run([MKACCT, self.sd], stdout=subprocess.DEVNULL).returncode == 0:
                    break
                time.sleep(2)
            else:
                raise SystemExit("difftest: could not make a ScarletDME account in " + self.sd)

    def _clean(self):
        for d in (os.path.join(self.sd, "BP"), os.path.join(self.sd, "BP.OUT"), os.path.join(self.mv, "BP")):
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if not f.startswith("."):
                        os.unlink(os.path.join(d, f))

    def qm(self, command):
        """Runs one qm command, retrying while the licence's user limit is reached."""
        for _ in range(60):
            rc, out, err = run(["qm", "-quiet", command], self.sd)
            if b"User limit reached" not in out + err:
                return rc, out, err
            time.sleep(1)
        return rc, out, err

    def compile_sd(self, names):
        """Names whose ScarletDME compile failed, with the compiler's log."""
        rc, out, err = self.qm("BASIC BP " + " ".join(names))
        text = out.decode(errors="replace").replace("\r", "")
        failed = {}
        if "with errors in:" in text:
            cur = None
            for line in text.split("\n"):
                if line.startswith("Compiling BP "):
                    cur = line.split()[-1]
                elif cur and re.match(r"^\d+: ", line):
                    failed.setdefault(cur, []).append(line)
        for n in names:
            if not os.path.exists(os.path.join(self.sd, "BP.OUT", n)):
                failed.setdefault(n, ["no object code"])
        return failed

    def run_sd(self, name, program=None):
        """Runs one compiled program; a complete run of ``program`` (its bytes)
        is stored in the cache."""
        rc, out, err = self.qm("RUN BP " + name)
        if self.cache is not None and program is not None and sd_complete(rc, out, err):
            self.cache.store(name, program, rc, out)
        res = parse(out)
        if rc is None:
            res.error = res.error or "timeout"
        return res

    def run_mv(self, name):
        rc, out, err = run([self.mvbasic, "run", "BP/" + name], self.mv)
        error = None
        if rc is None:
            error = "timeout"
        elif rc != 0 or err:
            error = err.decode(errors="replace").strip().split("\n")[0][:300] or "exit %d" % rc
        return parse(out, error)

    def batch(self, programs):
        """programs: {name: text}. Returns {name: (sd Result, mv Result)};
        a program ScarletDME does not compile gets (None, error lines)."""
        data = {name: text.encode("latin-1") for name, text in programs.items()}
        cached = {}
        if self.cache is not None:
            for name in programs:
                hit = self.cache.load(name, data[name])
                if hit is not None:
                    cached[name] = parse(hit[1])
        self.cache_hits += len(cached)
        todo = [name for name in programs if name not in cached]
        if todo:
            self._account()
        self._clean()
        for name in programs:
            for d in (self.sd, self.mv) if name in todo else (self.mv,):
                with open(os.path.join(d, "BP", name), "wb") as f:
                    f.write(data[name])
        failed = self.compile_sd(todo) if todo else {}
        res = {}
        for name in programs:
            if name in failed:
                res[name] = (None, failed[name])
                continue
            sd = cached[name] if name in cached else self.run_sd(name, data[name])
            res[name] = (sd, self.run_mv(name))
        return res

    def run_mv_text(self, name, text):
        """Runs one extra program on mvbasic only (the minimiser's fallback)."""
        with open(os.path.join(self.mv, "BP", name), "wb") as f:
            f.write(text.encode("latin-1"))
        return self.run_mv(name)


def compare(sd, mv):
    """Case ids whose lines differ, in ScarletDME's order. A case ScarletDME
    printed and mvbasic did not is a difference; so is an mvbasic error
    (compile or run time) where ScarletDME ran on."""
    diffs = [c for c, v in sd.cases.items() if mv.cases.get(c) != v]
    extra = [c for c in mv.cases if c not in sd.cases]
    if sd.error is None and sd.done and not mv.done and not diffs:
        diffs = ["END"]
    return diffs + [c for c in extra if sd.error is None]


def _where_what(error):
    """(line number, message) of a run-time error text of either side."""
    line = re.search(r"\bline (\d+)", error or "")
    return line and line.group(1), (error or "").rsplit(": ", 1)[-1].strip()


def stop_class(sd, mv):
    """How mvbasic behaved where ScarletDME stopped with a run-time error:
    "same" (stopped after the same cases, at the same line, with the same
    message), "ran on" (printed cases ScarletDME never reached: a value where
    ScarletDME has an error), "other error" (stopped there with another
    message or at another line number), "earlier"
    (stopped before; such a program differs anyway). None if ScarletDME ran to
    the end."""
    if sd.error is None:
        return None
    if any(c not in mv.cases for c in sd.cases):
        return "earlier"
    if any(c not in sd.cases for c in mv.cases) or mv.done or mv.error is None:
        return "ran on"
    return "same" if _where_what(mv.error) == _where_what(sd.error) else "other error"
