#!/usr/bin/env python3
"""Rewrite the CONTROL SERAPHIM record of a private SERAPHIM account copy.

Usage: seraphim_config.py RECORD PORT WORKERS CERT KEY tls
       seraphim_config.py RECORD PORT WORKERS - - plain PLAIN_FIELD

The record is a directory-file record: one field per line (basic/BP/SERAPHIM.H
names the fields: 1 address, 2 HTTPS port, 3 redirect port, 4 certificate,
5 key, 6 workers).  The bench listens on 127.0.0.1 only, never opens the
redirect port, and for "plain" sets field PLAIN_FIELD to 1.
"""
import sys


def main():
    if len(sys.argv) < 7:
        print(__doc__, file=sys.stderr)
        return 2
    path, port, workers, cert, key, mode = sys.argv[1:7]
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
    put(3, "")
    put(6, workers)
    if mode == "tls":
        put(4, cert)
        put(5, key)
    else:
        put(int(sys.argv[7]), "1")
    with open(path, "w", encoding="latin-1") as f:
        f.write("\n".join(fields) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
