#!/usr/bin/env python3
"""Generate SERAPHIM's binary static files (deterministically, stdlib only).

Writes into basic/STATIC/ (or the directory given as the first argument):
  seraphim.png  - a 192x192 RGBA emblem (six stylised wings around a ring)
  favicon.ico   - a 32x32 icon (an ICO container holding a PNG image)

The results are committed; run this script again only to change the artwork.
Both files deliberately contain every "dangerous" byte for a MultiValue
runtime (NUL, LF, CR, and the marks 0xFC..0xFF), so the end-to-end tests can
prove that SERAPHIM serves binary records byte-exact.
"""

import math
import os
import struct
import sys
import zlib


def png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def encode_png(width: int, height: int, pixels) -> bytes:
    """Encode rows of (r, g, b, a) tuples as an RGBA PNG."""
    raw = bytearray()
    for row in pixels:
        raw.append(0)  # filter type: none
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + png_chunk(b"IEND", b""))


def clamp(v: float) -> int:
    return max(0, min(255, int(round(v))))


def emblem(size: int):
    """Six wings (two per side, one pair up) around a golden ring."""
    rows = []
    c = (size - 1) / 2.0
    for y in range(size):
        row = []
        for x in range(size):
            dx, dy = (x - c) / c, (y - c) / c
            r = math.hypot(dx, dy)
            ang = math.atan2(dy, dx)
            # deep blue disc with a soft vignette
            if r > 1.0:
                row.append((0, 0, 0, 0))
                continue
            base = (18 + 30 * (1 - r), 24 + 40 * (1 - r), 64 + 90 * (1 - r))
            col = list(base)
            # wings: six feathered lobes at 30, 90, 150, 210, 270, 330 degrees
            lobe = abs(math.cos(3 * ang))
            feather = 0.5 + 0.5 * math.sin(r * 38.0)
            if 0.34 < r < 0.92 and lobe > 0.55 + 0.35 * r:
                w = (lobe - 0.55) * 2.2 * (0.75 + 0.25 * feather)
                col = [col[0] + 200 * w, col[1] + 180 * w, col[2] + 90 * w]
            # golden ring and a bright core
            ring = math.exp(-((r - 0.27) ** 2) / 0.0018)
            core = math.exp(-(r ** 2) / 0.006)
            col = [col[0] + 235 * ring + 255 * core,
                   col[1] + 185 * ring + 240 * core,
                   col[2] + 60 * ring + 200 * core]
            alpha = 255 if r < 0.985 else clamp(255 * (1.0 - r) / 0.015)
            row.append((clamp(col[0]), clamp(col[1]), clamp(col[2]), alpha))
        rows.append(row)
    return rows


def encode_ico(png: bytes, size: int) -> bytes:
    """An ICO file with one PNG-compressed image."""
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32,
                        len(png), 6 + 16)
    return header + entry + png


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "basic", "STATIC")
    os.makedirs(out, exist_ok=True)
    big = encode_png(192, 192, emblem(192))
    small = encode_png(32, 32, emblem(32))
    ico = encode_ico(small, 32)
    # Guarantee the bytes a MultiValue runtime could mangle are present, by
    # carrying them in a private ancillary chunk (ignored by decoders).
    probe = bytes(range(256))
    big = big[:-12] + png_chunk(b"seRa", probe) + big[-12:]
    for name, data in (("seraphim.png", big), ("favicon.ico", ico)):
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        print(f"wrote {name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
