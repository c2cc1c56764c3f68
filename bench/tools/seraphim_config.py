#!/usr/bin/env python3
"""Rewrite the CONTROL SERAPHIM record of a private SERAPHIM account copy.

Usage: seraphim_config.py RECORD HTTPS_PORT WORKERS CERT KEY [PLAIN_PORT]

The record is a directory-file record: one field per line (basic/BP/SERAPHIM.H
and basic/README.md name the fields: 1 address, 2 HTTPS port, 3 plain HTTP
port, 4 certificate, 5 key, 6 workers, 17 plain port mode).  The bench
listens on 127.0.0.1 only.  Without PLAIN_PORT no plain port is opened; with
it, field 3 is PLAIN_PORT and field 17 is SERVE: SERAPHIM serves the blog on
that port over plain HTTP (for a TLS-terminating proxy in front of it) while
still listening on HTTPS_PORT, which it requires.
"""
import sys


def main():
    if len(sys.argv) not in (6, 7):
        print(__doc__, file=sys.stderr)
        return 2
    path, port, workers, cert, key = sys.argv[1:6]
    plain = sys.argv[6] if len(sys.argv) == 7 else ""
    for v in (port, workers, plain or "1"):
        if not v.isdigit():
            print(f"seraphim_config.py: not a number: {v!r}", file=sys.stderr)
            return 2
    with open(path, encoding="latin-1") as f:
        fields = f.read().split("\n")
    if fields and fields[-1] == "":
        fields.pop()

    def put(n, value):
        while len(fields) < n:
            fields.append("")
        fields[n - 1] = value

    put(1, "127.0.0.1")
    put(2, port)
    put(3, plain)
    put(4, cert)
    put(5, key)
    put(6, workers)
    put(17, "SERVE" if plain else "REDIRECT")
    with open(path, "w", encoding="latin-1") as f:
        f.write("\n".join(fields) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
