#!/usr/bin/env python3
"""Independent Python model of the BASIC benchmark programs in bench/basic/.

Each function computes, the straightforward way, what the BASIC program of
the same name must print (Pick semantics: 1-based fields/values, mark
characters, LOCATE BY "AR" on positive integers = numeric order).  The
expected outputs bench/basic/NAME.out are generated from this model, and
bench/lib/runtime.sh compares mvbasic's output with them byte for byte, so a
benchmark figure is only reported for a program that computed the right thing.

Usage: basic_model.py [--write DIR]   (default: print every expected output)
"""
import bisect
import math
import sys

FM = "\xfe"
VM = "\xfd"


def checksum(h, text, step, mult=31):
    for i in range(0, len(text), step):
        h = (h * mult + ord(text[i])) % 1000003
    return h


def b01_strbuild():
    s = "".join(chr(65 + i % 26) for i in range(1, 1000001))
    t = "".join(f"{i}," for i in range(1, 20001))
    u = "".join(f"<{i}>" for i in range(1, 200001))
    h = checksum(0, s, 101)
    h = checksum(h, t, 103)
    h = checksum(h, u, 107)
    return [f"len s: {len(s)}", f"len t: {len(t)}", f"len u: {len(u)}", f"checksum: {h}"]


def b02_dynarray():
    d = [f"item{i}" for i in range(1, 10001)]
    t = sum(len(x) for x in d)
    v = [i * 3 for i in range(1, 5001)]
    s = sum(v[i - 1] for i in range(1, 5001, 7))
    for i in range(1, 10001, 10):
        d[i - 1] = f"x{i}"
    h = 0
    for item in d:
        h = (h * 7 + len(item)) % 1000003
    return [f"fields: {len(d)}", f"total len: {t}", f"values: {len(v)} sum: {s}",
            f"removed: {len(d)} checksum: {h}", f"len: {len(FM.join(d))}"]


def b03_locate():
    keys = []
    for i in range(1, 3001):
        k = (i * 7919) % 10007
        p = bisect.bisect_left(keys, k)
        if p == len(keys) or keys[p] != k:
            keys.insert(p, k)
    found = pos_sum = 0
    for i in range(1, 5001):
        k = (i * 31) % 10007
        p = bisect.bisect_left(keys, k)
        if p < len(keys) and keys[p] == k:
            found += 1
            pos_sum += p + 1
    return [f"inserted: {len(keys)}", f"found: {found} position sum: {pos_sum}",
            f"first: {keys[0]} last: {keys[-1]}"]


def b04_numeric():
    s = sum((i * 7) % 97 for i in range(1, 1000001))
    c = sum(1 for x in range(3, 600001, 3) if x % 5 == 0)
    f = 0.0
    for i in range(1, 200001):
        f = f + 1 / i
    primes = 0
    for i in range(2, 20001):
        isp = 1
        for j in range(2, int(math.sqrt(i)) + 1):
            if i % j == 0:
                isp = 0
                break
        primes += isp
    return [f"sum mod: {s}", f"multiples: {c}", f"harmonic: {int(f * 1000000)}", f"primes: {primes}"]


def b05_call():
    a = 0
    for i in range(1, 800001):
        a = (a + i * 7) % 1000003
    b = 0
    for i in range(1, 400001):
        b = (b + (i * 13) % 1009) % 1000003
    g = 0
    for i in range(1, 800001):
        g = (g + i * 3) % 1000003
    return [f"call acc: {a}", f"deffun acc: {b}", f"gosub acc: {g}"]


def b06_fileread():
    recs = {}
    for i in range(1, 501):
        recs[i] = [f"rec{i}-field{j}-" + "x" * ((i * j) % 50) for j in range(1, 21)]
    h = n = 0
    for pas in range(1, 61):
        for i in range(1, 501):
            n += 1
            h = (h * 7 + len(recs[i][(i + pas) % 20])) % 1000003
    lines = [f"line {i} " + "ab" * (i % 40) for i in range(1, 20001)]
    c = count = 0
    for _ in range(15):
        for line in lines:
            count += 1
            c = (c * 3 + len(line)) % 1000003
    whole = FM.join(lines)
    return [f"records read: {n} checksum: {h}", f"lines read: {count} checksum: {c}",
            f"whole-file fields: {len(lines)} len: {len(whole)}"]


PROGRAMS = {
    "B01_STRBUILD": b01_strbuild,
    "B02_DYNARRAY": b02_dynarray,
    "B03_LOCATE": b03_locate,
    "B04_NUMERIC": b04_numeric,
    "B05_CALL": b05_call,
    "B06_FILEREAD": b06_fileread,
}


def expected(name):
    """The exact stdout of program NAME (LF line ends, final "done")."""
    return "".join(line + "\n" for line in PROGRAMS[name]() + ["done"])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--write":
        for name in PROGRAMS:
            with open(f"{sys.argv[2]}/{name}.out", "w", encoding="latin-1", newline="") as f:
                f.write(expected(name))
        return 0
    for name in PROGRAMS:
        print(f"== {name}")
        sys.stdout.write(expected(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
