#!/usr/bin/env bash
# bench/check.sh - fast static checks of the benchmark kit (a few seconds,
# no servers, no load), suitable for `make test`:
#   - every script parses (bash -n, python3 compile);
#   - responder.c and tools/fullhs.c build with -Wall -Wextra -Werror against
#     include/mvtls.h and target/release/libmvtls.so;
#   - the expected outputs bench/basic/*.out match tools/basic_model.py;
#   - report.py renders a small synthetic run (ratios, verdicts, gaps).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
T=$(mktemp -d /tmp/mvtls-bench-check.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "bench/check: FAIL: $*" >&2; exit 1; }

for f in "$BENCH_DIR"/run.sh "$BENCH_DIR"/profile.sh "$BENCH_DIR"/ab.sh "$BENCH_DIR"/check.sh "$BENCH_DIR"/lib/*.sh; do
    bash -n "$f" || fail "syntax: $f"
done
for f in "$BENCH_DIR"/tools/*.py; do
    PYTHONPYCACHEPREFIX="$T/pyc" python3 -m py_compile "$f" 2>"$T/py.err" || fail "python: $f: $(cat "$T/py.err")"
done

gcc -O2 -Wall -Wextra -Werror -shared -fPIC -o "$T/fullhs.so" "$BENCH_DIR/tools/fullhs.c" -ldl \
    || fail "tools/fullhs.c does not build"
if [ -f "$ROOT/include/mvtls.h" ] && [ -f "$ROOT/target/release/libmvtls.so" ]; then
    gcc -O2 -Wall -Wextra -Werror -I"$ROOT/include" -o "$T/responder" "$BENCH_DIR/responder.c" \
        -L"$ROOT/target/release" -lmvtls || fail "responder.c does not build against include/mvtls.h"
else
    fail "include/mvtls.h or target/release/libmvtls.so missing (make build first)"
fi

mkdir -p "$T/expected"
python3 "$BENCH_DIR/tools/basic_model.py" --write "$T/expected"
for f in "$T"/expected/*.out; do
    cmp -s "$f" "$BENCH_DIR/basic/$(basename "$f")" \
        || fail "bench/basic/$(basename "$f") differs from tools/basic_model.py (run: python3 bench/tools/basic_model.py --write bench/basic)"
done

# report.py on a synthetic run: mvtls twice as fast as nginx on handshakes,
# slower on keep-alive, memory within the target, one gap
tab=$'\t'
cat >"$T/r.tsv" <<EOF
library${tab}handshake${tab}mvtls-1${tab}ecdsa${tab}rps${tab}req/s${tab}2000,2100,1900${tab}
library${tab}handshake${tab}nginx-1${tab}ecdsa${tab}rps${tab}req/s${tab}1000,1000,1000${tab}
library${tab}keepalive${tab}mvtls-1${tab}ecdsa${tab}rps${tab}req/s${tab}900${tab}
library${tab}keepalive${tab}nginx-1${tab}ecdsa${tab}rps${tab}req/s${tab}1000${tab}
memory${tab}idle_conns${tab}mvtls-1${tab}1000${tab}kib_per_conn${tab}KiB${tab}9.5${tab}
seraphim${tab}all${tab}seraphim-tls-1${tab}-${tab}-${tab}-${tab}-${tab}not measured: synthetic gap
crypto${tab}openssl_speed${tab}ecdsa-p256${tab}sign${tab}rate${tab}ops/s${tab}40000${tab}
crypto${tab}openssl_speed${tab}x25519${tab}derive${tab}rate${tab}ops/s${tab}20000${tab}
library${tab}pair_hscpu${tab}mvtls-1${tab}ecdsa${tab}rps${tab}req/s${tab}1000,1200,1100${tab}
library${tab}pair_hscpu${tab}mvtls-1${tab}ecdsa${tab}server_cpu${tab}%core${tab}20,20,20${tab}
library${tab}pair_hscpu${tab}nginx-1${tab}ecdsa${tab}rps${tab}req/s${tab}500,500,500${tab}
library${tab}pair_hscpu${tab}nginx-1${tab}ecdsa${tab}server_cpu${tab}%core${tab}25,25,25${tab}
library${tab}pair_bulk${tab}mvtls-1${tab}64MiB${tab}mbps${tab}MB/s${tab}900,1100,1000${tab}
library${tab}pair_bulk${tab}nginx-1${tab}64MiB${tab}mbps${tab}MB/s${tab}1000,1000,800${tab}
EOF
cat >"$T/ab.json" <<'EOF'
{"test": "handshake", "date": "synthetic", "method": "m", "load_start": "0", "busy_start_pct": "0",
 "labels": [{"label": "before", "median": 1000, "round_medians": [990, 1010], "server_cpu_pct": 50,
             "client_cpu_pct": 99, "per_core_second": 2000, "negotiated": "x"},
            {"label": "after", "median": 1100, "round_medians": [1090, 1110], "server_cpu_pct": 44,
             "client_cpu_pct": 99, "per_core_second": 2500, "negotiated": "y"}]}
EOF
echo "Synthetic finding." >"$T/notes.md"
python3 "$BENCH_DIR/tools/report.py" --tsv "$T/r.tsv" --out "$T" --meta ncpu=2 nsrv=2 idle_conns=1000 \
    --ab "$T/ab.json" --notes "$T/notes.md" || fail "report.py failed"
grep -q '^## Profiling and fixes' "$T/LATEST.md" && grep -q '^Synthetic finding' "$T/LATEST.md" \
    && grep -q 'after / before: req/s 1.10×, per second of server CPU 1.25×' "$T/LATEST.md" \
    || fail "report: profiling section wrong"
# seraphim_config.py: plain port in SERVE mode (fields 3 and 17), TLS fields kept
printf 'a\n8443\n8080\nc\nk\n2\n' >"$T/SERAPHIM"
python3 "$BENCH_DIR/tools/seraphim_config.py" "$T/SERAPHIM" 1111 1 /c.pem /k.pem 2222 || fail "seraphim_config.py failed"
[ "$(sed -n '1p;2p;3p;4p;6p;17p' "$T/SERAPHIM" | paste -sd' ')" = "127.0.0.1 1111 2222 /c.pem 1 SERVE" ] \
    || fail "seraphim_config.py: plain/SERVE fields wrong: $(paste -sd'|' "$T/SERAPHIM")"
grep -q 'mvtls-1 / nginx-1 = 2.00× | met' "$T/LATEST.md" || fail "report: handshake ratio/verdict wrong"
grep -q 'mvtls-1 / nginx-1 = 0.90× | missed' "$T/LATEST.md" || fail "report: keep-alive ratio/verdict wrong"
grep -q '9.5 KiB | met' "$T/LATEST.md" || fail "report: memory verdict wrong"
grep -q 'seraphim-tls-1/-: synthetic gap' "$T/LATEST.md" || fail "report: gap not listed"
# pairs: limit 1/(1/40000 + 2/20000) = 8,000/s; mvtls-1 5,500 per core-s
# (median of 5,000, 6,000, 5,500) = 69%; bulk round ratios 0.9, 1.1, 1.25
grep -q '| mvtls-1 | 1,100 (1,000–1,200, 3 runs) | 20 | n/a | 5,500 (5,000–6,000, 3 runs) | 182 | 69% | 0 |' \
    "$T/LATEST.md" || fail "report: pairs handshake row wrong"
grep -q 'bulk MB/s, mvtls-1 / nginx-1: 1.10× (0.90–1.25×, 3 runs)' "$T/LATEST.md" \
    || fail "report: pairs bulk ratio wrong"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); c=[x for x in d["comparisons"] if x["name"].startswith("library full handshakes/s, ECDSA P-256, 1")]; assert c[0]["ratio"] == 2.0' \
    "$T/LATEST.json" || fail "report: JSON comparison wrong"
echo "bench/check: ok (scripts parse, responder and shim build, expected outputs match the model, report renders)"
