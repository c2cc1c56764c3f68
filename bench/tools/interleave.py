#!/usr/bin/env python3
"""Times commands in alternating rounds (a, b, a, b, ...), so that a loaded
machine slows every command alike; prints one line per command with its
comma-separated wall times in seconds.

    interleave.py [--cpu] RUNS DIR1 'CMD1' DIR2 'CMD2' ...

With --cpu each line is "WALL|CPU": the wall times, then the CPU seconds
(user + system) of each run, which a loaded machine disturbs far less.

Each CMD is split like a shell word list (no shell runs it), run in its DIR
with standard input from /dev/null and output discarded; a command that
exits non-zero stops the run with exit status 1.
"""
import resource
import shlex
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    cpu = args[:1] == ["--cpu"]
    if cpu:
        args = args[1:]
    runs = int(args[0])
    pairs = list(zip(args[1::2], args[2::2]))
    times = [[] for _ in pairs]
    cpus = [[] for _ in pairs]
    for _ in range(runs):
        for i, (d, cmd) in enumerate(pairs):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            r = subprocess.run(shlex.split(cmd), cwd=d, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            took = time.perf_counter() - t
            if r.returncode != 0:
                print(f"interleave: {cmd!r} exited {r.returncode}", file=sys.stderr)
                sys.exit(1)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[i].append(took)
            cpus[i].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    for t, c in zip(times, cpus):
        line = ",".join("%.4f" % x for x in t)
        if cpu:
            line += "|" + ",".join("%.4f" % x for x in c)
        print(line)


if __name__ == "__main__":
    main()
