#!/usr/bin/env python3
"""Fast self-test of the difftest generator, shrinker and output parser.
Needs neither ScarletDME nor mvbasic (part of `make test`)."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import oracle  # noqa: E402
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


def main():
    test_generator()
    test_shrink()
    test_parse()
    for f in failures[:20]:
        print("difftest selftest: FAIL:", f)
    if failures:
        print("difftest selftest: %d failures" % len(failures))
        return 1
    print("difftest selftest: generator, shrinker and parser ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
