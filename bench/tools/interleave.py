#!/usr/bin/env python3
"""Times commands in alternating rounds (a, b, a, b, ...), so that a loaded
machine slows every command alike; prints one line per command with its
comma-separated wall times in seconds.

    interleave.py RUNS DIR1 'CMD1' DIR2 'CMD2' ...

Each CMD is split like a shell word list (no shell runs it), run in its DIR
with standard input from /dev/null and output discarded; a command that
exits non-zero stops the run with exit status 1.
"""
import shlex
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
    times = [[] for _ in pairs]
    for _ in range(runs):
        for i, (d, cmd) in enumerate(pairs):
            t = time.perf_counter()
            r = subprocess.run(shlex.split(cmd), cwd=d, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            took = time.perf_counter() - t
            if r.returncode != 0:
                print(f"interleave: {cmd!r} exited {r.returncode}", file=sys.stderr)
                sys.exit(1)
            times[i].append(took)
    for t in times:
        print(",".join("%.4f" % x for x in t))


if __name__ == "__main__":
    main()
