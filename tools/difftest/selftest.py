#!/usr/bin/env python3
"""Fast self-test of the difftest generator, shrinker, output parser and
ScarletDME result cache. Needs neither ScarletDME nor mvbasic (part of
`make test`)."""

import hashlib
import os
import re
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import gen_files  # noqa: E402
import gen_stmts  # noqa: E402
import oracle  # noqa: E402
import sdcache  # noqa: E402
import shrink  # noqa: E402

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def walk(node):
    yield node
    for k in node.kids:
        yield from walk(k)


def balanced(line):
    """Brackets balance outside string literals; literals are closed."""
    depth = {"(": 0, "[": 0}
    close = {")": "(", "]": "["}
    quote = None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in depth:
            depth[ch] += 1
        elif ch in close:
            depth[close[ch]] -= 1
            if depth[close[ch]] < 0:
                return False
    return quote is None and all(v == 0 for v in depth.values())


def test_generator():
    seeds = range(1, 61)
    texts = {s: gen.render_program(gen.make_program(s)) for s in seeds}
    check(all(gen.render_program(gen.make_program(s)) == texts[s] for s in (1, 37, 60)), "same seed, same program")
    check(len(set(texts.values())) == len(texts), "different seeds give different programs")
    kinds = set()
    for s in seeds:
        cases = gen.make_program(s)
        check(len(cases) == gen.CASES_PER_PROGRAM, "seed %d: case count" % s)
        for n, c in enumerate(cases):
            kinds.add(c.kind)
            lines = c.render("C%d" % (n + 1))
            check(lines[-1 - len(c.post)] == 'PRINT "C%d:":R' % (n + 1), "seed %d C%d prints its line" % (s, n + 1))
            for ln in lines:
                check(balanced(ln), "seed %d C%d unbalanced: %s" % (s, n + 1, ln))
                check(not ln.startswith("LOCATE ("), "seed %d: LOCATE ( parses as the function form" % s)
            for h in c.holes:
                for node in walk(h):
                    check(node.typ in gen.SUBTYPES, "unknown type %s" % node.typ)
                    # undefined behaviour in ScarletDME is never generated
                    check('"DI"' not in node.tmpl, "OCONV DI: " + node.tmpl)
                    check(not re.match(r'ICONV\("[^"]*\$', node.tmpl) or not re.search(r'"M[DLR]', node.tmpl),
                          "ICONV MD of a currency string: " + node.tmpl)
                    check(len(re.findall(r"\{\d\}", node.tmpl)) == len(node.kids) or not node.kids,
                          "template/kids mismatch: %s" % node.tmpl)
        check("{" not in texts[s], "seed %d: unformatted template" % s)
    check(kinds >= {"expr", "if", "for", "loop", "locate", "remove"}, "case kinds covered: %s" % sorted(kinds))
    every = "".join(texts.values())
    check(re.search(r"(INSERT|REPLACE)\([^\n]*; ", every) is not None, "the semicolon forms are generated")
    check(re.search(r"\[(\"[^\"]*\"|'[^']*'), ", every) is not None, "field substrings are generated")


# sha256 of the default profile's programs of seeds 1..200 (the standard run's
# ScarletDME results are cached by program bytes: the default profile must
# never change; a new kind of program goes into a new profile)
DEFAULT_PROGRAMS_SHA256 = "bb3a281d057ff6de86055a657df56d81ff3c03981c3417942f63a044b538019e"


def test_default_unchanged():
    h = hashlib.sha256()
    for s in range(1, 201):
        h.update(gen.render_program(gen.make_program(s)).encode("latin-1"))
    check(h.hexdigest() == DEFAULT_PROGRAMS_SHA256, "the default profile's programs changed (cache lost)")


def test_stmts_profile():
    """Profile stmts: deterministic, valid-looking, every kind drawn, names
    unique per case id, and the default profile's programs unchanged by it."""
    seeds = range(1, 81)
    texts = {s: gen.render_program(gen_stmts.make_program(s)) for s in seeds}
    check(all(gen.render_program(gen_stmts.make_program(s)) == texts[s] for s in (1, 40)), "stmts: same seed, same program")
    check(len(set(texts.values())) == len(texts), "stmts: different seeds give different programs")
    check(all(texts[s] != gen.render_program(gen.make_program(s)) for s in (1, 2)), "stmts differs from default")
    kinds = set()
    for s in seeds:
        cases = gen_stmts.make_program(s)
        check(len(cases) == gen_stmts.CASES_PER_PROGRAM, "stmts seed %d: case count" % s)
        kinds.update(c.kind for c in cases)
        check(all(c.kind != "risky" for c in cases[:-1]), "stmts seed %d: a risky case only at the end" % s)
        text = texts[s]
        check("{" not in text and "}" not in text, "stmts seed %d: unformatted template" % s)
        lines = text.split("\n")
        labels = [ln.split(":")[0] for ln in lines if re.match(r"^[A-Z]C\d+:", ln)]
        check(len(labels) == len(set(labels)), "stmts seed %d: duplicate labels" % s)
        tails = any(c.tail for c in cases)
        check(lines[-2] == "END" and lines[-1] == "", "stmts seed %d: program end" % s)
        check(("\nSTOP\n" in text) == tails, "stmts seed %d: STOP before the local routines" % s)
        for n, c in enumerate(cases):
            out = c.render("C%d" % (n + 1))
            check(out[-1 - len(c.post)] == 'PRINT "C%d:":R' % (n + 1), "stmts seed %d C%d prints its line" % (s, n + 1))
            for ln in out + c.render_tail("C%d" % (n + 1)):
                check(balanced(ln), "stmts seed %d C%d unbalanced: %s" % (s, n + 1, ln))
                # forms ScarletDME rejects or reads otherwise (gen_stmts comments)
                check(not re.search(r"^LOCATE X IN D<[^>]*>, ", ln), "Pick's LOCATE start form: " + ln)
                check(not re.search(r"^MATBUILD .*, .* USING", ln), "MATBUILD range USING: " + ln)
                check(not re.search(r"FOLDS\(.*, 0\)", ln), "FOLDS width 0 (ScarletDME loops): " + ln)
                check("SOUNDEXS(" not in ln or re.search(r"SOUNDEXS\(.*\[1, 20\]\)", ln), "SOUNDEXS chunks: " + ln)
                check('"DI' not in ln, "OCONV DI: " + ln)
                check(not re.search(r"SETREM -", ln), "SETREM below 0 (undefined): " + ln)
                check(not re.search(r'ICONVS\((?!CHANGE).*, "M[DLR][^"]*"\)$', ln), "ICONVS MD of a string with $: " + ln)
    check(kinds == {k[1].__name__[2:] for k in gen_stmts.KINDS} | {"risky"},
          "stmts case kinds covered: %s" % sorted(kinds))
    # shrinking keeps a case's local routine and its {L} names
    local = next(c for s in seeds for c in gen_stmts.make_program(s) if c.kind == "local")
    small = shrink.minimise(local, lambda cs: [c.kind == "local" for c in cs])
    check(small.tail and small.render_tail("C7")[0].startswith("LOCAL FUNCTION FC7("), "shrunk local case keeps its routine")


def test_files_profile():
    """Profile files: deterministic, files made first and deleted last,
    every kind drawn, no update without ON ERROR on a READONLY file or an
    id that stops ScarletDME, no STATUS() right after RECORDLOCKED, known
    open classes left out by default."""
    seeds = range(1, 61)
    texts = {s: gen.render_program(gen_files.make_program(s)) for s in seeds}
    check(gen.render_program(gen_files.make_program(7)) == texts[7], "files: same seed, same program")
    check(len(set(texts.values())) == len(texts), "files: different seeds give different programs")
    kinds = set()
    for s in seeds:
        cases = gen_files.make_program(s)
        check(len(cases) == gen_files.CASES_PER_PROGRAM + 2, "files seed %d: case count" % s)
        check(cases[0].kind == "setup" and cases[-1].kind == "teardown", "files seed %d: setup, teardown" % s)
        kinds.update(c.kind for c in cases)
        text = texts[s]
        check("{" not in text and "}" not in text, "files seed %d: unformatted template" % s)
        for ln in text.split("\n"):
            check(balanced(ln), "files seed %d unbalanced: %s" % (s, ln))
            if re.match(r"^(WRITE|WRITEU|WRITEV|WRITEVU|MATWRITE|MATWRITEU|DELETE|DELETEU) ", ln) and "ON ERROR" not in ln:
                check(not re.search(r"\bG[HD]\b", ln), "update of a READONLY file without ON ERROR: " + ln)
                rid = re.search(r"\b[FG][HD], (.*)$", ln).group(1)
                check(not re.search(r'@|""|CHAR|STR\("[NM]"', rid), "update of an invalid id without ON ERROR: " + ln)
            check(not re.search(r"RECORDLOCKED\(.*STATUS\(\)", ln), "STATUS() after RECORDLOCKED: " + ln)
        check("CHAR(10)" not in "".join(ln for ln in text.split("\n") if "FH" in ln and "WRITE" in ln),
              "files seed %d: a line feed written to the hashed file (known open class)" % s)
    check(kinds >= {"write", "read", "readv", "writev", "delete", "mat", "release", "lock", "select",
                    "fileinfo", "count"}, "files: kinds drawn: %s" % sorted(kinds))


def test_shrink():
    # a fake oracle: a case "differs" while it still calls UPCASE
    target = None
    for s in range(1, 200):
        for c in gen.make_program(s):
            if "UPCASE(" in "\n".join(c.render("C1")) and c.size() > 12:
                target = c
                break
        if target:
            break
    check(target is not None, "found a case calling UPCASE")
    calls = []

    def differs(cands):
        calls.append(len(cands))
        return ["UPCASE(" in "\n".join(c.render("C1")) for c in cands]

    small = shrink.minimise(target, differs)
    text = "\n".join(small.render("C1"))
    check("UPCASE(" in text, "minimised case keeps the difference")
    check(small.size() <= 3, "minimised to a small case (size %d): %s" % (small.size(), text))
    check(small.kind == "expr", "statement case reduced to R = ...")
    for c in shrink.candidates(target):
        check(c.size() < target.size(), "candidates are smaller")


def test_parse():
    sd = oracle.parse(b"C1:a\r\nC2:\xfe\r\n00000102: Non-numeric where numeric required at line 7 of /x/BP.OUT/T1\r\n")
    check(sd.cases == {"C1": b"a", "C2": b"\xfe"}, "ScarletDME lines parsed")
    check(sd.error and "line 7" in sd.error and not sd.done, "ScarletDME run-time error seen")
    mv = oracle.parse(b"C1:a\nC2:x\ndone\n")
    check(oracle.compare(sd, mv) == ["C2"], "difference found on C2 only")
    same = oracle.parse(b"C1:a\nC2:\xfe\ndone\n")
    check(oracle.compare(same, oracle.parse(b"C1:a\nC2:\xfe\ndone\n")) == [], "equal outputs")
    check(oracle.compare(same, oracle.parse(b"C1:a\n", "compile error")) == ["C2"], "missing line differs")
    check(oracle.stop_class(same, same) is None, "no stop class when ScarletDME ran to the end")
    stop = "mvbasic: run-time error in T1 line 7: Non-numeric where numeric required"
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\nC2:\xfe\n", stop)) == "same", "stopped at the same case")
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\nC2:\xfe\nC3:1\ndone\n")) == "ran on", "mvbasic ran on")
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\nC2:\xfe\nC3:1\n", stop)) == "ran on", "stopped later")
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\n", stop)) == "earlier", "stopped earlier")
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\nC2:\xfe\n", stop.replace("Non-numeric where numeric required",
                                                                                "Numeric overflow"))) == "other error",
          "another message")
    check(oracle.stop_class(sd, oracle.parse(b"C1:a\nC2:\xfe\n", stop.replace("line 7", "line 8"))) == "other error",
          "another line")


def fake_install(d):
    """A stand-in ScarletDME installation: qm binary, QMSYS parts, mkacct."""
    os.makedirs(os.path.join(d, "qmsys", "bin"))
    os.makedirs(os.path.join(d, "qmsys", "gcat"))
    files = {"qmsys/bin/qm": b"qm 1", "qmsys/bin/pcode": b"pcode 1", "qmsys/gcat/_SUM": b"sum 1",
             "mkacct": b"#!/bin/sh\n"}
    for rel, data in files.items():
        with open(os.path.join(d, rel), "wb") as f:
            f.write(data)
    qm = os.path.join(d, "qmsys", "bin", "qm")
    return qm, lambda: sdcache.install_identity(qm=qm, extra=(os.path.join(d, "mkacct"),))


def test_cache_key():
    with tempfile.TemporaryDirectory(prefix="difftest-selftest-") as d:
        qm, ident = fake_install(d)
        base = ident()
        check(re.fullmatch(r"[0-9a-f]{64}", base) is not None, "identity is a sha256")
        check(ident() == base, "same installation, same identity")
        for rel in ("qmsys/bin/qm", "qmsys/bin/pcode", "qmsys/gcat/_SUM", "mkacct"):
            path = os.path.join(d, rel)
            old = open(path, "rb").read()
            with open(path, "wb") as f:
                f.write(old + b"x")
            check(ident() != base, "identity changes with " + rel)
            with open(path, "wb") as f:
                f.write(old)
        check(ident() == base, "identity restored")
        with open(os.path.join(d, "qmsys", "gcat", "NEW"), "wb") as f:
            f.write(b"")
        check(ident() != base, "identity changes with a newly catalogued program")
    k = sdcache.key(base, "T1", b"PRINT 1\n")
    check(re.fullmatch(r"[0-9a-f]{64}", k) is not None, "key is a sha256")
    check(sdcache.key(base, "T1", b"PRINT 1\n") == k, "same program, same key")
    check(sdcache.key(base, "T1", b"PRINT 2\n") != k, "key depends on the program bytes")
    check(sdcache.key(base, "T1", b"PRINT 1\r\n") != k, "key depends on every byte")
    check(sdcache.key(base, "T2", b"PRINT 1\n") != k, "key depends on the item name")
    check(sdcache.key("0" * 64, "T1", b"PRINT 1\n") != k, "key depends on the installation")
    check(sdcache.key(base, "T1", b"1PRINT") != sdcache.key(base, "T11", b"PRINT"), "name/program boundary")


def test_cache_store():
    out = b"C1:a\xfe\x00b\r\nC2:\xff\r\ndone\r\n"
    err = b"C1:a\r\n00000102: Non-numeric where numeric required at line 7 of /x/BP.OUT/T1\r\n"
    check(oracle.sd_complete(0, out, b""), "a run that printed done is complete")
    check(oracle.sd_complete(0, err, b""), "a run stopped by a run-time error is complete")
    check(not oracle.sd_complete(None, out, b""), "a timeout is never cached")
    check(not oracle.sd_complete(0, b"C1:a\r\n", b""), "a run cut short is never cached")
    check(not oracle.sd_complete(0, b"User limit reached\r\n", b""), "the user limit is never cached")
    check(not oracle.sd_complete(0, out, b"qm: cannot start"), "a run with stderr is never cached")
    check(not oracle.sd_complete(1, out, b""), "a failing qm is never cached")
    with tempfile.TemporaryDirectory(prefix="difftest-selftest-") as d:
        c = sdcache.SdCache(os.path.join(d, "cache"), "a" * 64)
        prog = "PRINT \"C1:\":CHAR(254)\n".encode("latin-1")
        check(c.load("T1", prog) is None, "empty cache misses")
        c.store("T1", prog, 0, out)
        check(c.load("T1", prog) == (0, out), "store/load round trip keeps every byte")
        check(c.load("T2", prog) is None, "another name misses")
        check(c.load("T1", prog + b" ") is None, "another program misses")
        check(sdcache.SdCache(c.root, "b" * 64).load("T1", prog) is None, "another installation misses")
        path = c._path(sdcache.key(c.identity, "T1", prog))
        check(not [f for f in os.listdir(os.path.dirname(path)) if f.startswith(".tmp")], "no temp files left")
        with open(path, "w") as f:
            f.write("{damaged")
        check(c.load("T1", prog) is None, "a damaged entry misses")
        # a batch whose ScarletDME results are all cached runs only mvbasic (no qm, no account)
        c.store("T1", prog, 0, out)
        fake = os.path.join(d, "mvbasic")
        with open(fake, "w") as f:
            f.write("#!/bin/sh\nprintf 'C1:a\\376\\000b\\nC2:x\\ndone\\n'\n")
        os.chmod(fake, stat.S_IRWXU)
        w = oracle.Worker(os.path.join(d, "w0"), fake, c)
        sd, mv = w.batch({"T1": prog.decode("latin-1")})["T1"]
        check(w.cache_hits == 1, "the batch's ScarletDME result came from the cache")
        check(not os.path.exists(w.sd), "no ScarletDME account made for a cached batch")
        check(sd.done and sd.cases == {"C1": b"a\xfe\x00b", "C2": b"\xff"}, "cached result parsed")
        check(oracle.compare(sd, mv) == ["C2"], "mvbasic ran fresh against the cached result")


def main():
    test_generator()
    test_default_unchanged()
    test_stmts_profile()
    test_files_profile()
    test_shrink()
    test_parse()
    test_cache_key()
    test_cache_store()
    for f in failures[:20]:
        print("difftest selftest: FAIL:", f)
    if failures:
        print("difftest selftest: %d failures" % len(failures))
        return 1
    print("difftest selftest: generator, shrinker, parser and ScarletDME result cache ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
