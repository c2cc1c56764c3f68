#!/usr/bin/env bash
# bench/run.sh - the benchmark run behind `make bench` (never part of make test).
#
# Compares, on loopback, in one run:
#   1. library  : a C responder on the mvtls C ABI vs nginx (caddy as a
#                 reference): full handshakes/s, keep-alive req/s, bulk MB/s,
#                 with the ECDSA P-256 certificate (handshakes also RSA-2048);
#                 plus openssl speed figures (the machine's crypto limits)
#   2. seraphim : SERAPHIM over mvtls vs nginx/caddy in front of SERAPHIM on
#                 plain HTTP vs nginx serving the rendered page statically
#   3. runtime  : the BASIC programs of bench/basic/ run by mvbasic
#   4. memory   : resident KiB per idle TLS connection (1,000 held open)
# and writes bench/results/LATEST.md and bench/results/LATEST.json.
#
# Environment:
#   BENCH_QUICK=1      short smoke run (1 run of 1 s per figure, 200 idle conns)
#   BENCH_RUNS=N       runs per figure (median reported; default 3)
#   BENCH_SECS=S       seconds per wrk run (default 4)
#   BENCH_SECTIONS=... subset of "crypto pairs library memory seraphim runtime"
#   PAIR_ROUNDS=N      alternating rounds of the pairs section (default 8)
#   PAIR_BULK_GETS=N   64 MiB GETs per bulk run in the pairs section (default 8)
#   PAIR_KINDS=...     subset of "hscpu bulk" for the pairs section
#   BENCH_CADDY=0      leave caddy out of the library and memory sections
#   BENCH_KEEP=1       keep the temporary directory (configs, logs)
#   BENCH_OUT=DIR      where LATEST.md/LATEST.json go (default bench/results)
# Needs: nginx caddy wrk hyperfine curl openssl python3 gcc (make deps-bench).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/servers.sh"
source "$BENCH_DIR/lib/load.sh"
source "$BENCH_DIR/lib/library.sh"
source "$BENCH_DIR/lib/seraphim.sh"
source "$BENCH_DIR/lib/scarletdme.sh"
source "$BENCH_DIR/lib/runtime.sh"

# ---- settings -----------------------------------------------------------------
BENCH_QUICK=${BENCH_QUICK:-0}
if [ "$BENCH_QUICK" = 1 ]; then
    BENCH_RUNS=${BENCH_RUNS:-1}; BENCH_SECS=${BENCH_SECS:-1}
    IDLE_CONNS=${IDLE_CONNS:-200}; SPEED_SECS=1; BULK_GETS=1; HYPERFINE_RUNS=1
    PAIR_ROUNDS=${PAIR_ROUNDS:-2}; PAIR_BULK_GETS=${PAIR_BULK_GETS:-2}
else
    BENCH_RUNS=${BENCH_RUNS:-3}; BENCH_SECS=${BENCH_SECS:-4}
    IDLE_CONNS=${IDLE_CONNS:-1000}; SPEED_SECS=3; BULK_GETS=4; HYPERFINE_RUNS=3
    PAIR_ROUNDS=${PAIR_ROUNDS:-8}; PAIR_BULK_GETS=${PAIR_BULK_GETS:-8}
fi
BENCH_SECTIONS=${BENCH_SECTIONS:-crypto pairs library memory seraphim runtime}
BENCH_CADDY=${BENCH_CADDY:-1}
BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/results}
HS_CONNS=${HS_CONNS:-32}
KA_CONNS=${KA_CONNS:-64}
CLK_TCK=$(getconf CLK_TCK)
section_on() { [[ " $BENCH_SECTIONS " == *" $1 "* ]]; }

for tool in nginx caddy wrk curl openssl python3 gcc taskset; do
    have "$tool" || die "$tool is missing: run 'make deps-bench' (Debian packages nginx caddy wrk hyperfine linux-perf)"
done

# ---- CPU placement --------------------------------------------------------------
# 1 CPU: nothing pinned.  2-3 CPUs: one-worker servers on CPU 0, the load
# generator on the last CPU; "per core" servers use every CPU (so on 2 CPUs
# their second worker shares a core with the load generator).  4+ CPUs: the
# first half for servers, the second half for the load generator.
NCPU=$(nproc)
if [ "$NCPU" -ge 4 ]; then
    half=$((NCPU / 2))
    SERVER_CPUS_1=0; SERVER_CPUS_N="0-$((half - 1))"; NSRV=$half
    CLIENT_CPUS="$half-$((NCPU - 1))"; CLIENT_THREADS=$((NCPU - half))
elif [ "$NCPU" -ge 2 ]; then
    SERVER_CPUS_1=0; SERVER_CPUS_N="0-$((NCPU - 1))"; NSRV=$NCPU
    CLIENT_CPUS=$((NCPU - 1)); CLIENT_THREADS=1
else
    SERVER_CPUS_1=""; SERVER_CPUS_N=""; NSRV=1; CLIENT_CPUS=""; CLIENT_THREADS=1
fi
SERVER_CPUS_N_LIST=$(seq -s, 0 $((NSRV - 1)))
[ "$NCPU" -ge 2 ] || SERVER_CPUS_N_LIST=""
PINNING="servers with 1 worker: taskset -c ${SERVER_CPUS_1:-none}; servers with $NSRV workers: CPUs ${SERVER_CPUS_N:-all} (mvtls responder: worker i pinned to CPU i; nginx: worker_cpu_affinity auto; caddy: GOMAXPROCS=$NSRV, unpinned inside the set); load generators (wrk -t$CLIENT_THREADS, curl, idle client): taskset -c ${CLIENT_CPUS:-none}; openssl speed: taskset -c ${SERVER_CPUS_1:-none}"

# ---- temporary directory, cleanup -------------------------------------------------
WORK=$(mktemp -d /tmp/mvtls-bench.XXXXXX)
RESULTS_TSV="$WORK/results.tsv"
: >"$RESULTS_TSV"
cleanup() {
    stop_all
    if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- time estimate ------------------------------------------------------------------
estimate() {
    # seconds: a wrk figure is BENCH_RUNS x BENCH_SECS plus a 1 s warm-up and
    # ~0.3 s of overhead; a library setup has 3 of them plus bulk and starts
    local per=$((BENCH_RUNS * BENCH_SECS * 10 + 13)) nlib=4 t=0
    [ "$BENCH_CADDY" = 1 ] && nlib=6
    section_on crypto && t=$((t + SPEED_SECS * 13 + 10))
    # pairs: 2 servers x PAIR_ROUNDS x (hsload BENCH_SECS + 0.6 s, bulk ~PAIR_BULK_GETS/12 s), 1 and N workers
    section_on pairs && t=$((t + 2 * 2 * PAIR_ROUNDS * (BENCH_SECS + 1 + PAIR_BULK_GETS / 12) + 8))
    section_on library && t=$((t + 2 + nlib * (3 * per / 10 + BENCH_RUNS * BULK_GETS / 4 + 2)))
    section_on memory && t=$((t + (nlib / 2) * (IDLE_CONNS / 200 + 4)))
    # SERAPHIM: over mvtls, nginx-proxy, caddy-proxy with 1 and NSRV workers, nginx static
    local nser=7
    [ "$NSRV" -gt 1 ] || nser=4
    section_on seraphim && t=$((t + nser * 4 * per / 10 + nser * 4))
    section_on runtime && t=$((t + 6 * (HYPERFINE_RUNS + 1) * 2))
    echo "$t"
}
BUSY_START=$(cpu_busy_pct)
log "CPU busy before the run: ${BUSY_START}% of $NCPU CPUs (other work on the machine disturbs every figure)"
log "machine: $NCPU CPUs, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), kernel $(uname -r)"
log "runs per figure: $BENCH_RUNS x ${BENCH_SECS}s; sections: $BENCH_SECTIONS"
log "estimated duration: about $(( $(estimate) / 60 )) min $(( $(estimate) % 60 )) s"
log "pinning: $PINNING"

# ---- build the helpers -------------------------------------------------------------
FULLHS_SO="$WORK/fullhs.so"
gcc -O2 -Wall -Wextra -Werror -shared -fPIC -o "$FULLHS_SO" "$BENCH_DIR/tools/fullhs.c" -ldl \
    || die "cannot build tools/fullhs.c"
# The responder links a private copy of libmvtls (frozen for the whole run,
# found through its rpath whatever the library's soname).
RESPONDER="" RESPONDER_WHY=""
if [ ! -f "$ROOT/include/mvtls.h" ] || [ ! -f "$ROOT/target/release/libmvtls.so" ]; then
    RESPONDER_WHY="include/mvtls.h or target/release/libmvtls.so missing (run make build)"
elif ! { mkdir -p "$WORK/lib" && cp "$ROOT/target/release/libmvtls.so" "$WORK/lib/libmvtls.so" \
        && soname=$(objdump -p "$WORK/lib/libmvtls.so" 2>/dev/null | awk '$1 == "SONAME" {print $2}') \
        && { [ -z "$soname" ] || [ "$soname" = libmvtls.so ] || ln -sf libmvtls.so "$WORK/lib/$soname"; } \
        && gcc -O2 -Wall -Wextra -Werror -I"$ROOT/include" -o "$WORK/responder" "$BENCH_DIR/responder.c" \
        -L"$WORK/lib" -Wl,-rpath,"$WORK/lib" -lmvtls; } 2>"$WORK/responder-build.log"; then
    RESPONDER_WHY="bench/responder.c does not build: $(head -c 300 "$WORK/responder-build.log" | tr '\n' ' ')"
else
    RESPONDER="$WORK/responder"
fi
[ -n "$RESPONDER" ] && log "built responder" || log "responder unavailable: $RESPONDER_WHY"
# The full-handshake client of the pairs section and the crypto-limit timer
# of the crypto section (cargo examples of mvtls).
HSLOAD="" HSLOAD_WHY="" CRYPTOSPEED="" CRYPTOSPEED_WHY="" HSMEM="" TCPFLOOR=""
if section_on pairs || section_on crypto; then
    if (cd "$ROOT" && cargo build --release --quiet --example hsload --example cryptospeed --example hsmem --example tcpfloor -p mvtls) \
        >"$WORK/hsload-build.log" 2>&1; then
        HSLOAD="$ROOT/target/release/examples/hsload"
        CRYPTOSPEED="$ROOT/target/release/examples/cryptospeed"
        HSMEM="$ROOT/target/release/examples/hsmem"
        TCPFLOOR="$ROOT/target/release/examples/tcpfloor"
        log "built hsload, cryptospeed, hsmem and tcpfloor"
    else
        HSLOAD_WHY="tools/hsload.rs or tools/cryptospeed.rs does not build: $(head -c 300 "$WORK/hsload-build.log" | tr '\n' ' ')"
        CRYPTOSPEED_WHY=$HSLOAD_WHY
        log "hsload unavailable: $HSLOAD_WHY"
    fi
fi

mkdir -p "$WORK/certs" "$WORK/www"
make_certs "$WORK/certs"
make_bodies "$WORK/www"

# ---- the sections ----------------------------------------------------------------------
section_on crypto && bench_openssl_speed
section_on pairs && BULK_GETS=$PAIR_BULK_GETS run_pairs
section_on library && run_library
section_on memory && run_memory
section_on seraphim && run_seraphim
section_on runtime && run_runtime

# ---- report --------------------------------------------------------------------------------
mkdir -p "$BENCH_OUT"
# the profiling findings (bench/PROFILING.md) and the before/after figures of
# bench/ab.sh (BENCH_AB: files, default the A/B documents in bench/results/)
shopt -s nullglob
AB_FILES=(${BENCH_AB:-$BENCH_DIR/results/ab-*.json})
shopt -u nullglob
REPORT_EXTRA=()
[ -f "$BENCH_DIR/PROFILING.md" ] && REPORT_EXTRA+=(--notes "$BENCH_DIR/PROFILING.md")
[ ${#AB_FILES[@]} -gt 0 ] && REPORT_EXTRA+=(--ab "${AB_FILES[@]}")
python3 "$BENCH_DIR/tools/report.py" --tsv "$RESULTS_TSV" --out "$BENCH_OUT" "${REPORT_EXTRA[@]}" \
    --meta "ncpu=$NCPU" "cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)" \
    "kernel=$(uname -srv)" "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" "pinning=$PINNING" \
    "runs=$BENCH_RUNS" "secs=$BENCH_SECS" "quick=$BENCH_QUICK" "idle_conns=$IDLE_CONNS" \
    "busy_start=$BUSY_START" "git=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (uncommitted changes)')" \
    "mvbasic=${MVBASIC:-$ROOT/target/release/mvbasic}" "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" "hs_conns=$HS_CONNS" "ka_conns=$KA_CONNS" "pair_rounds=$PAIR_ROUNDS" "pair_bulk_gets=$PAIR_BULK_GETS" "nsrv=$NSRV" "client_threads=$CLIENT_THREADS" "duration_s=$(( $(date +%s) - T0 ))" \
    "versions=nginx $(nginx -v 2>&1 | sed 's/.*\///'), caddy $(caddy version | awk '{print $1}'), $(wrk -v 2>&1 | head -1 | awk '{print "wrk", $2}'), $(openssl version | awk '{print "OpenSSL", $2}')"
log "wrote $BENCH_OUT/LATEST.md and $BENCH_OUT/LATEST.json in $(( $(date +%s) - T0 )) s"
