#!/usr/bin/env python3
"""Runs the MVTLS BASIC library's tests (basic/MVTLS.TEST) on one host.

  run.py --host mvbasic      mvbasic with 32-bit CCALL slots (part of `make test`)
  run.py --host scarletdme   real ScarletDME (`qm` on PATH), in a scratch account

Every BASIC test program prints "ok - ..." / "not ok - ..." lines and "done"
at the end; peers (openssl s_server, curl, openssl s_client) are started
here. Prints one line per check and ends with "N passed, N failed".
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", choices=["mvbasic", "scarletdme"], required=True)
    ap.add_argument("--lib", help="libmvtls.so to load (default: target/release)")
    ap.add_argument("--mvbasic", help="mvbasic executable (default: target/release)")
    ap.add_argument("only", nargs="*", help="run only the suites whose name contains one of these")
    a = ap.parse_args()
    h = harness.make_host(a.host, a.lib, a.mvbasic)
    suites = harness.suites()
    tally = harness.Tally()
    try:
        h.setup()
        pki = harness.Pki(h.tmp)
        for name, fn in suites:
            if a.only and not any(o in name for o in a.only):
                continue
            print(f"== {name} ({a.host})", flush=True)
            try:
                fn(h, pki, tally)
            except harness.SuiteError as e:
                tally.fail(f"{name}: {e}")
    finally:
        h.teardown()
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 0 if tally.failed == 0 and tally.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
