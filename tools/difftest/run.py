#!/usr/bin/env python3
"""Differential test of mvbasic against real ScarletDME.

    run.py [--start SEED] [--count N] [--batch B] [--workers W] [--out DIR] [--all]
           [--profile default|stmts|files] [--sd-cache DIR | --no-sd-cache] [--rerun RESULTS]

Generates programs for seeds START .. START+N-1 (gen.py; with --profile
stmts gen_stmts.py: statements, clauses and edge values; with --profile
files gen_files.py: file statements on a hashed and a directory file), runs each on both
(oracle.py) and appends one JSON line per program to DIR/results.jsonl;
every difference (program seed, case, both values) is printed and logged.
The last line is the summary, counted from the results themselves.
ScarletDME's results are cached (sdcache.py; --sd-cache DIR, default
$DIFFTEST_SD_CACHE or target/difftest-sd-cache): running the same seeds
again with another mvbasic only runs mvbasic. mvbasic always runs.
Without ``qm`` it says so and exits 0.
"""

import argparse
import json
import os
import queue
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import gen_files  # noqa: E402
import gen_stmts  # noqa: E402
import oracle  # noqa: E402
import sdcache  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


# generator profiles: name -> make_program(seed, exclude=...)
PROFILES = {"default": gen.make_program, "stmts": gen_stmts.make_program, "files": gen_files.make_program}


def show(b):
    return repr(b)[2:-1] if isinstance(b, bytes) else str(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "difftest"))
    ap.add_argument("--mvbasic", default=os.path.join(ROOT, "target", "release", "mvbasic"))
    ap.add_argument("--all", action="store_true", help="also generate the known-unfixed classes")
    ap.add_argument("--profile", choices=sorted(PROFILES), default="default",
                    help="generator profile (default: expressions; stmts: statements and clauses; "
                    "files: file statements)")
    ap.add_argument("--rerun", help="run again only the differing seeds of this results.jsonl")
    ap.add_argument("--sd-cache", default=sdcache.default_dir(ROOT),
                    help="directory of cached ScarletDME results (default $DIFFTEST_SD_CACHE "
                    "or target/difftest-sd-cache)")
    ap.add_argument("--no-sd-cache", action="store_true", help="run every program on ScarletDME")
    a = ap.parse_args()
    if not oracle.have_qm():
        print("difftest: qm (ScarletDME) is not installed: nothing to run (see docs/scarletdme.md)")
        return 0
    if not os.access(a.mvbasic, os.X_OK):
        print("difftest: %s not built (cargo build --release -p mvbasic)" % a.mvbasic)
        return 1
    a.workers = max(1, min(a.workers, 2))  # the machine is shared
    cache = None if a.no_sd_cache else sdcache.SdCache(a.sd_cache, sdcache.install_identity())
    os.makedirs(a.out, exist_ok=True)
    exclude = () if a.all else tuple(gen.KNOWN_UNFIXED)
    seeds = list(range(a.start, a.start + a.count))
    if a.rerun:
        with open(a.rerun) as f:
            recs = [json.loads(line) for line in f]
        seeds = sorted({r["seed"] for r in recs if r["status"] == "diff" and r.get("all", False) == a.all
                        and r.get("profile", "default") == a.profile})
    jobs = queue.Queue()
    for i in range(0, len(seeds), a.batch):
        jobs.put(seeds[i:i + a.batch])
    lock = threading.Lock()
    log = open(os.path.join(a.out, "results.jsonl"), "a")
    stats = {"programs": 0, "same": 0, "diff": 0, "cases_diff": 0, "sd_compile": 0, "sd_error": 0,
             "sd_cached": 0, "stop_same": 0}
    t0 = time.time()

    def work(n):
        w = oracle.Worker(os.path.join(a.out, "w%d" % n), a.mvbasic, cache)
        while True:
            try:
                batch = jobs.get_nowait()
            except queue.Empty:
                return
            make = PROFILES[a.profile]
            progs = {"T%d" % s: gen.render_program(make(s, exclude=exclude)) for s in batch}
            hits = w.cache_hits
            res = w.batch(progs)
            with lock:
                stats["sd_cached"] += w.cache_hits - hits
                for s in batch:
                    sd, mv = res["T%d" % s]
                    rec = {"seed": s, "all": a.all}
                    if a.profile != "default":
                        rec["profile"] = a.profile
                    stats["programs"] += 1
                    if sd is None:
                        rec["status"] = "sd_compile"
                        rec["error"] = mv
                        stats["sd_compile"] += 1
                        print("seed %d: ScarletDME compile error (generator bug): %s" % (s, mv[:3]))
                    else:
                        diffs = oracle.compare(sd, mv)
                        rec["status"] = "diff" if diffs else "same"
                        rec["cases"] = len(sd.cases)
                        if sd.error:
                            rec["sd_error"] = sd.error
                            rec["stop"] = oracle.stop_class(sd, mv)
                            stats["sd_error"] += 1
                            stats["stop_same"] += rec["stop"] == "same"
                            print("seed %d: ScarletDME stopped: %s; mvbasic: %s" % (
                                s, sd.error, rec["stop"] if rec["stop"] == "same" else mv.error or rec["stop"]))
                        if mv.error:
                            rec["mv_error"] = mv.error
                        if diffs:
                            stats["diff"] += 1
                            stats["cases_diff"] += len(diffs)
                            rec["diffs"] = [{"case": c, "sd": show(sd.cases.get(c, b"<missing>")),
                                             "mv": show(mv.cases.get(c, b"<missing>"))} for c in diffs]
                            for d in rec["diffs"][:5]:
                                print("seed %d %s: sd=%s mv=%s" % (s, d["case"], d["sd"][:200], d["mv"][:200]))
                            if mv.error:
                                print("seed %d: mvbasic: %s" % (s, mv.error))
                        else:
                            stats["same"] += 1
                    log.write(json.dumps(rec) + "\n")
                log.flush()
                print("progress: %d/%d programs, %d differ, %d ScarletDME results cached (%.0fs)" % (
                    stats["programs"], len(seeds), stats["diff"], stats["sd_cached"], time.time() - t0),
                    flush=True)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(a.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("difftest: %d programs run (seeds %s%s%s), %d same, %d differ (%d differing cases), "
          "%d ScarletDME compile errors, %d stopped by a ScarletDME run-time error "
          "(mvbasic stopped at the same case with the same error in %d), "
          "%d ScarletDME results from the cache (%s)" % (
              stats["programs"], "%d..%d" % (seeds[0], seeds[-1]) if not a.rerun else "differing in " + a.rerun,
              ", --all" if a.all else "", "" if a.profile == "default" else ", profile " + a.profile,
              stats["same"],
              stats["diff"], stats["cases_diff"], stats["sd_compile"], stats["sd_error"], stats["stop_same"],
              stats["sd_cached"], "off" if cache is None else cache.root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
