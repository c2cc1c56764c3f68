#!/usr/bin/env python3
"""Shrinks one differing case of a generated program to a small regression.

    minimise.py SEED CASE [--all] [--profile stmts] [--write STEM]

SEED and CASE (``C17``) come from run.py's report. Prints the minimal
program with what ScarletDME and mvbasic print for it. ``--write STEM``
stores it as runtime/tests/dialect/fuzz/STEM.bas; its expected output is
then made by scripts/dialect-expect (real ScarletDME, never mvbasic).
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import gen_stmts  # noqa: E402
import oracle  # noqa: E402
import sdcache  # noqa: E402
import shrink  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FUZZ = os.path.join(ROOT, "runtime", "tests", "dialect", "fuzz")


class Checker:
    """Runs candidate cases, all in one program per side."""

    def __init__(self, worker):
        self.w = worker
        self.runs = 0

    def outputs(self, cases):
        """[(sd value or None, mv value or None)] per case."""
        ids = ["C%d" % (i + 1) for i in range(len(cases))]
        res = [None] * len(cases)
        todo = list(range(len(cases)))
        while todo:
            text = gen.render_program([cases[i] for i in todo], [ids[i] for i in todo])
            self.runs += 1
            sd, mv = self.w.batch({"M": text})["M"]
            if sd is None:  # should not happen: candidates are valid
                for i in todo:
                    res[i] = (None, None)
                return res
            if mv.error:
                # mvbasic stopped (compile or run-time error): ask it per case
                for i in todo:
                    if ids[i] in sd.cases:
                        one = self.w.run_mv_text("M1", gen.render_program([cases[i]], [ids[i]]))
                        mv.cases[ids[i]] = one.cases.get(ids[i], b"<error: %s>" % (one.error or "").encode())
            rest = []
            for i in todo:
                if ids[i] in sd.cases:
                    res[i] = (sd.cases[ids[i]], mv.cases.get(ids[i]))
                elif sd.error and not rest and all(ids[j] in sd.cases or j == i for j in todo[:todo.index(i)]):
                    res[i] = (None, None)  # this case stopped ScarletDME: not a valid candidate
                else:
                    rest.append(i)
            if len(rest) == len(todo):
                break
            todo = rest
        return [r if r else (None, None) for r in res]

    def differs(self, cases):
        return [sd is not None and sd != mv for sd, mv in self.outputs(cases)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    ap.add_argument("case")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--write")
    ap.add_argument("--profile", choices=["default", "stmts"], default="default", help="as run.py's")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "difftest"))
    ap.add_argument("--mvbasic", default=os.path.join(ROOT, "target", "release", "mvbasic"))
    ap.add_argument("--sd-cache", default=sdcache.default_dir(ROOT), help="as run.py's")
    ap.add_argument("--no-sd-cache", action="store_true")
    a = ap.parse_args()
    if not oracle.have_qm():
        print("minimise: qm (ScarletDME) is not installed")
        return 0
    exclude = () if a.all else tuple(gen.KNOWN_UNFIXED)
    make = gen_stmts.make_program if a.profile == "stmts" else gen.make_program
    cases = make(a.seed, exclude=exclude)
    case = cases[int(a.case.lstrip("C")) - 1]
    cache = None if a.no_sd_cache else sdcache.SdCache(a.sd_cache, sdcache.install_identity())
    chk = Checker(oracle.Worker(os.path.join(a.out, "wmin"), a.mvbasic, cache))
    if not chk.differs([case])[0]:
        print("minimise: seed %d %s does not differ on its own" % (a.seed, a.case))
        return 1
    small = shrink.minimise(case, chk.differs)
    sd, mv = chk.outputs([small])[0]
    prof = "" if a.profile == "default" else ", profile " + a.profile
    text = gen.render_program([small], ["C1"], header=["difftest: seed %d case %s%s, minimised" % (a.seed, a.case, prof)])
    print(text, end="")
    print("ScarletDME: %r\nmvbasic:    %r\n(%d runs)" % (sd, mv, chk.runs))
    if a.write:
        path = os.path.join(FUZZ, a.write + ".bas")
        os.makedirs(FUZZ, exist_ok=True)
        with open(path, "w", encoding="latin-1") as f:
            f.write(text)
        subprocess.run([os.path.join(ROOT, "scripts", "dialect-expect"), path], check=True)
        print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
