#!/usr/bin/env python3
"""Runs a command and writes "WALL USER SYS" (seconds, 4 decimals) to a file,
like `/usr/bin/time -f '%e %U %S' -o FILE`, whose two decimals are too coarse
for runs of a few timer ticks (bench/scaling.sh's small sizes).

    cputime.py FILE CMD [ARG...]

Standard input, output and error are the command's; the exit status is its
own (128 + signal when it was killed). The CPU times are those of the
command and of the descendants it waited for (wait4's rusage).
"""
import os
import sys
import time


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t
    with open(out, "w") as f:
        f.write("%.4f %.4f %.4f\n" % (wall, ru.ru_utime, ru.ru_stime))
    sys.exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status)
             else 128 + os.WTERMSIG(status))


if __name__ == "__main__":
    main()
